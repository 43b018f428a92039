// napi-jvm node-runtime: the libuv plumbing behind Node's handle bindings (stream_wrap, tty_wrap, pipe_wrap,
// tcp_wrap, signal_wrap, process_wrap: UvHandles.java). libuv's callbacks, read buffers and write requests live here;
// every completion goes to Java through one upcall, nj_event(id, kind, a, b, c), on the loop thread. Handles are
// calloc'ed and freed by their close callback. Only libuv 1.44 API is used (Debian 12's libuv1).
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <uv.h>

enum { EV_READ = 1, EV_WRITE = 2, EV_SHUTDOWN = 3, EV_CONNECT = 4, EV_CONNECTION = 5, EV_EXIT = 6, EV_SIGNAL = 7,
       EV_CLOSE = 8 };
enum { T_TCP = 1, T_PIPE = 2, T_TTY = 3, T_PROCESS = 4, T_SIGNAL = 5 };

typedef void (*nj_event_cb)(int64_t id, int32_t kind, int64_t a, int64_t b, int64_t c);
static nj_event_cb nj_event;

typedef struct nj_handle {
    int64_t id;
    int type;
    union {
        uv_handle_t handle;
        uv_stream_t stream;
        uv_tcp_t tcp;
        uv_pipe_t pipe;
        uv_tty_t tty;
        uv_process_t process;
        uv_signal_t signal;
    } u;
} nj_handle;

typedef struct { uv_write_t req; int64_t id; char data[]; } nj_write_req;
typedef struct { uv_shutdown_t req; int64_t id; } nj_shutdown_req;
typedef struct { uv_connect_t req; int64_t id; } nj_connect_req;

void nj_set_callback(void *cb) { nj_event = (nj_event_cb)cb; }
void nj_free(void *p) { free(p); }

nj_handle *nj_new(int64_t id) {
    nj_handle *h = calloc(1, sizeof(nj_handle));
    if (h) { h->id = id; h->u.handle.data = h; }
    return h;
}

/** uv_*_init for a new handle of `type` (arg: the fd of a TTY, ipc of a pipe); a negative errno on failure. */
int nj_init(uv_loop_t *loop, nj_handle *h, int type, int arg) {
    int r;
    h->type = type;
    switch (type) {
    case T_TCP: r = uv_tcp_init(loop, &h->u.tcp); break;
    case T_PIPE: r = uv_pipe_init(loop, &h->u.pipe, arg); break;
    case T_TTY: r = uv_tty_init(loop, &h->u.tty, arg, 0); break;
    case T_SIGNAL: r = uv_signal_init(loop, &h->u.signal); break;
    case T_PROCESS: r = 0; break; // uv_spawn initialises it
    default: r = UV_EINVAL;
    }
    h->u.handle.data = h;
    return r;
}

static void on_close(uv_handle_t *handle) {
    nj_handle *h = handle->data;
    nj_event(h->id, EV_CLOSE, 0, 0, 0);
    free(h);
}

/** uv_close (its callback frees the handle); a process never spawned, or a handle never initialised, is just freed. */
void nj_close(nj_handle *h, int initialised) {
    if (!initialised) { free(h); return; }
    if (!uv_is_closing(&h->u.handle)) uv_close(&h->u.handle, on_close);
}

void nj_ref(nj_handle *h, int ref) { if (ref) uv_ref(&h->u.handle); else uv_unref(&h->u.handle); }
int nj_has_ref(nj_handle *h) { return uv_has_ref(&h->u.handle); }
int64_t nj_write_queue_size(nj_handle *h) { return (int64_t)h->u.stream.write_queue_size; }
int nj_fileno(nj_handle *h) { uv_os_fd_t fd; return uv_fileno(&h->u.handle, &fd) == 0 ? fd : -1; }

// ---- streams (stream_wrap.cc, stream_base.cc) ----

static void on_alloc(uv_handle_t *handle, size_t suggested, uv_buf_t *buf) {
    (void)handle;
    buf->base = malloc(suggested);
    buf->len = buf->base ? suggested : 0;
}

static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
    nj_handle *h = stream->data;
    // nread 0 is EAGAIN: nothing (Node's onread is not called either... it is, with 0; the JS ignores it)
    if (nread != 0) nj_event(h->id, EV_READ, nread, (int64_t)(intptr_t)buf->base, 0);
    free(buf->base);
}

int nj_read_start(nj_handle *h) { return uv_read_start(&h->u.stream, on_alloc, on_read); }
int nj_read_stop(nj_handle *h) { return uv_read_stop(&h->u.stream); }
int nj_set_blocking(nj_handle *h, int blocking) { return uv_stream_set_blocking(&h->u.stream, blocking); }

static void on_write(uv_write_t *req, int status) {
    nj_write_req *w = (nj_write_req *)req;
    nj_event(w->id, EV_WRITE, status, 0, 0);
    free(w);
}

/**
 * StreamBase::Write: as much as can be written now (uv_try_write), the rest queued with a copy of its bytes.
 * Returns a negative errno, 0 when everything was written now, 1 when the rest completes with EV_WRITE(req).
 */
int nj_write(nj_handle *h, int64_t req, const char *data, int64_t len) {
    uv_buf_t buf = uv_buf_init((char *)data, (unsigned int)len);
    int n = len == 0 ? 0 : uv_try_write(&h->u.stream, &buf, 1);
    if (n == UV_EAGAIN || n == UV_ENOSYS) n = 0;
    if (n < 0) return n;
    if (n == len) return 0;
    nj_write_req *w = malloc(sizeof(nj_write_req) + (size_t)(len - n));
    if (!w) return UV_ENOMEM;
    w->id = req;
    memcpy(w->data, data + n, (size_t)(len - n));
    buf = uv_buf_init(w->data, (unsigned int)(len - n));
    int r = uv_write(&w->req, &h->u.stream, &buf, 1, on_write);
    if (r < 0) { free(w); return r; }
    return 1;
}

static void on_shutdown(uv_shutdown_t *req, int status) {
    nj_shutdown_req *s = (nj_shutdown_req *)req;
    nj_event(s->id, EV_SHUTDOWN, status, 0, 0);
    free(s);
}

int nj_shutdown(nj_handle *h, int64_t req) {
    nj_shutdown_req *s = malloc(sizeof(nj_shutdown_req));
    if (!s) return UV_ENOMEM;
    s->id = req;
    int r = uv_shutdown(&s->req, &h->u.stream, on_shutdown);
    if (r < 0) free(s);
    return r;
}

static void on_connection(uv_stream_t *server, int status) {
    nj_handle *h = server->data;
    nj_event(h->id, EV_CONNECTION, status, 0, 0);
}

int nj_listen(nj_handle *h, int backlog) { return uv_listen(&h->u.stream, backlog, on_connection); }
int nj_accept(nj_handle *server, nj_handle *client) { return uv_accept(&server->u.stream, &client->u.stream); }

static void on_connect(uv_connect_t *req, int status) {
    nj_connect_req *c = (nj_connect_req *)req;
    nj_event(c->id, EV_CONNECT, status, 0, 0);
    free(c);
}

// ---- TCP (tcp_wrap.cc) ----

static int sockaddr_of(const char *ip, int port, int v6, struct sockaddr_storage *ss) {
    return v6 ? uv_ip6_addr(ip, port, (struct sockaddr_in6 *)ss) : uv_ip4_addr(ip, port, (struct sockaddr_in *)ss);
}

int nj_tcp_open(nj_handle *h, int fd) { return uv_tcp_open(&h->u.tcp, fd); }

int nj_tcp_bind(nj_handle *h, const char *ip, int port, int v6, int flags) {
    struct sockaddr_storage ss;
    int r = sockaddr_of(ip, port, v6, &ss);
    return r < 0 ? r : uv_tcp_bind(&h->u.tcp, (struct sockaddr *)&ss, (unsigned)flags);
}

int nj_tcp_connect(nj_handle *h, int64_t req, const char *ip, int port, int v6) {
    struct sockaddr_storage ss;
    int r = sockaddr_of(ip, port, v6, &ss);
    if (r < 0) return r;
    nj_connect_req *c = malloc(sizeof(nj_connect_req));
    if (!c) return UV_ENOMEM;
    c->id = req;
    r = uv_tcp_connect(&c->req, &h->u.tcp, (struct sockaddr *)&ss, on_connect);
    if (r < 0) free(c);
    return r;
}

/** getsockname/getpeername into out: the address text (64 bytes), then port and family (ints at 64 and 68). */
int nj_tcp_name(nj_handle *h, int peer, char *out) {
    struct sockaddr_storage ss;
    int len = sizeof ss;
    int r = peer ? uv_tcp_getpeername(&h->u.tcp, (struct sockaddr *)&ss, &len)
                 : uv_tcp_getsockname(&h->u.tcp, (struct sockaddr *)&ss, &len);
    if (r < 0) return r;
    int *ints = (int *)(out + 64);
    if (ss.ss_family == AF_INET6) {
        struct sockaddr_in6 *a = (struct sockaddr_in6 *)&ss;
        uv_ip6_name(a, out, 64);
        ints[0] = ntohs(a->sin6_port);
        ints[1] = 6;
    } else {
        struct sockaddr_in *a = (struct sockaddr_in *)&ss;
        uv_ip4_name(a, out, 64);
        ints[0] = ntohs(a->sin_port);
        ints[1] = 4;
    }
    return 0;
}

int nj_tcp_nodelay(nj_handle *h, int on) { return uv_tcp_nodelay(&h->u.tcp, on); }
int nj_tcp_keepalive(nj_handle *h, int on, int delay) { return uv_tcp_keepalive(&h->u.tcp, on, (unsigned)delay); }

static void on_reset_close(uv_handle_t *handle) { on_close(handle); }
int nj_tcp_reset(nj_handle *h) { return uv_tcp_close_reset(&h->u.tcp, on_reset_close); }

// ---- pipes (pipe_wrap.cc) and TTYs (tty_wrap.cc) ----

int nj_pipe_open(nj_handle *h, int fd) { return uv_pipe_open(&h->u.pipe, fd); }
int nj_pipe_bind(nj_handle *h, const char *name) { return uv_pipe_bind(&h->u.pipe, name); }
int nj_pipe_chmod(nj_handle *h, int mode) { return uv_pipe_chmod(&h->u.pipe, mode); }

int nj_pipe_connect(nj_handle *h, int64_t req, const char *name) {
    nj_connect_req *c = malloc(sizeof(nj_connect_req));
    if (!c) return UV_ENOMEM;
    c->id = req;
    uv_pipe_connect(&c->req, &h->u.pipe, name, on_connect);
    return 0;
}

int nj_tty_winsize(nj_handle *h, int *wh) { return uv_tty_get_winsize(&h->u.tty, &wh[0], &wh[1]); }
int nj_tty_mode(nj_handle *h, int mode) { return uv_tty_set_mode(&h->u.tty, mode); }

// ---- signals (signal_wrap.cc) ----

static void on_signal(uv_signal_t *s, int signum) {
    nj_handle *h = s->data;
    nj_event(h->id, EV_SIGNAL, signum, 0, 0);
}

int nj_signal_start(nj_handle *h, int signum) { return uv_signal_start(&h->u.signal, on_signal, signum); }
int nj_signal_stop(nj_handle *h) { return uv_signal_stop(&h->u.signal); }

// ---- processes (process_wrap.cc) ----

static void on_child_exit(uv_process_t *p, int64_t exit_status, int term_signal) {
    nj_handle *h = p->data;
    nj_event(h->id, EV_EXIT, exit_status, term_signal, 0);
}

/** stdio kinds as Node's ParseStdioOptions: 0 ignore, 1 create a pipe (arg: its nj_handle), 2 inherit a stream, 3 an fd. */
static void fill_stdio(uv_stdio_container_t *c, int n, const int *kinds, const int64_t *args) {
    for (int i = 0; i < n; i++) {
        switch (kinds[i]) {
        case 1:
            c[i].flags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;
            c[i].data.stream = &((nj_handle *)(intptr_t)args[i])->u.stream;
            break;
        case 2:
            c[i].flags = UV_INHERIT_STREAM;
            c[i].data.stream = &((nj_handle *)(intptr_t)args[i])->u.stream;
            break;
        case 3:
            c[i].flags = UV_INHERIT_FD;
            c[i].data.fd = (int)args[i];
            break;
        default:
            c[i].flags = UV_IGNORE;
        }
    }
}

/** uv_spawn; flags are uv_process_flags (UV_PROCESS_SETUID/SETGID/DETACHED); returns 0 (then nj_pid) or -errno. */
int nj_spawn(uv_loop_t *loop, nj_handle *h, const char *file, char **args, char **env, const char *cwd, int flags,
             int uid, int gid, int nstdio, const int *kinds, const int64_t *stdio_args) {
    uv_stdio_container_t stdio[nstdio > 0 ? nstdio : 1];
    fill_stdio(stdio, nstdio, kinds, stdio_args);
    uv_process_options_t o;
    memset(&o, 0, sizeof o);
    o.exit_cb = on_child_exit;
    o.file = file;
    o.args = args;
    o.env = env;
    o.cwd = cwd;
    o.flags = (unsigned)flags;
    o.uid = (uv_uid_t)uid;
    o.gid = (uv_gid_t)gid;
    o.stdio_count = nstdio;
    o.stdio = stdio;
    h->type = T_PROCESS;
    int r = uv_spawn(loop, &h->u.process, &o);
    h->u.handle.data = h;
    return r;
}

int nj_pid(nj_handle *h) { return h->u.process.pid; }
int nj_process_kill(nj_handle *h, int sig) { return uv_process_kill(&h->u.process, sig); }
