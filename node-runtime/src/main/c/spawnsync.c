// napi-jvm node-runtime: internalBinding('spawn_sync').spawn's native half, shaped as Node's spawn_sync.cc
// (SyncProcessRunner): the child runs on a private libuv loop; its pipes are fed `input` (then shut down) or read
// into growing buffers; a timeout or a maxBuffer overflow kills it with killSignal (ETIMEDOUT / ENOBUFS).
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <uv.h>

typedef struct sync_runner sync_runner;

typedef struct {
    uv_pipe_t pipe;
    sync_runner *runner;
    int readable, writable; // from the child's side, as Node's StdioPipe
    const char *input;
    int64_t input_len;
    char *out;
    int64_t out_len, out_cap;
    uv_write_t write_req;
    uv_shutdown_t shutdown_req;
} sync_pipe;

struct sync_runner {
    uv_loop_t loop;
    uv_process_t process;
    uv_timer_t timer;
    int timer_on, killed, kill_signal;
    double max_buffer;
    int64_t buffered;
    int error, pipe_error;
    int64_t exit_status;
    int term_signal;
    int nstdio;
    sync_pipe *pipes[64];
};

static void set_error(sync_runner *r, int e) { if (r->error == 0) r->error = e; }
static void set_pipe_error(sync_runner *r, int e) { if (r->pipe_error == 0) r->pipe_error = e; }

static void close_pipes(sync_runner *r) {
    for (int i = 0; i < r->nstdio; i++) {
        sync_pipe *p = r->pipes[i];
        if (p && !uv_is_closing((uv_handle_t *)&p->pipe)) uv_close((uv_handle_t *)&p->pipe, NULL);
    }
}

static void close_timer(sync_runner *r) {
    if (r->timer_on && !uv_is_closing((uv_handle_t *)&r->timer)) uv_close((uv_handle_t *)&r->timer, NULL);
}

// SyncProcessRunner::Kill
static void kill_child(sync_runner *r) {
    if (r->killed) return;
    r->killed = 1;
    if (r->exit_status < 0) {
        int e = uv_process_kill(&r->process, r->kill_signal);
        if (e < 0 && e != UV_ESRCH) {
            set_error(r, e);
            uv_process_kill(&r->process, SIGKILL);
        }
    }
    close_pipes(r);
    close_timer(r);
}

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
    sync_pipe *p = h->data;
    if (p->out_cap - p->out_len < 65536) {
        int64_t cap = p->out_cap ? p->out_cap * 2 : 65536;
        while (cap - p->out_len < 65536) cap *= 2;
        char *n = realloc(p->out, (size_t)cap);
        if (!n) { buf->base = NULL; buf->len = 0; return; }
        p->out = n;
        p->out_cap = cap;
    }
    (void)suggested;
    buf->base = p->out + p->out_len;
    buf->len = (size_t)(p->out_cap - p->out_len);
}

static void on_read(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf) {
    sync_pipe *p = s->data;
    sync_runner *r = p->runner;
    (void)buf;
    if (nread > 0) {
        p->out_len += nread;
        r->buffered += nread;
        if (r->max_buffer > 0 && (double)r->buffered > r->max_buffer) {
            set_error(r, UV_ENOBUFS);
            kill_child(r);
        }
    } else if (nread == UV_EOF) {
        uv_close((uv_handle_t *)s, NULL);
    } else if (nread < 0) {
        set_pipe_error(r, (int)nread);
        uv_close((uv_handle_t *)s, NULL);
    }
}

static void on_shutdown(uv_shutdown_t *req, int status) {
    sync_pipe *p = req->data;
    if (status < 0 && status != UV_ENOTCONN) set_pipe_error(p->runner, status);
    if (!p->writable && !uv_is_closing((uv_handle_t *)&p->pipe)) uv_close((uv_handle_t *)&p->pipe, NULL);
}

static void on_write(uv_write_t *req, int status) {
    sync_pipe *p = req->data;
    if (status < 0) set_pipe_error(p->runner, status);
}

static void on_child_exit(uv_process_t *proc, int64_t exit_status, int term_signal) {
    sync_runner *r = proc->data;
    r->exit_status = exit_status < 0 ? 0 : exit_status;
    r->term_signal = term_signal;
    uv_close((uv_handle_t *)proc, NULL);
    close_timer(r); // Node: the kill timer stops once the child has exited
}

static void on_timeout(uv_timer_t *t) {
    sync_runner *r = t->data;
    set_error(r, UV_ETIMEDOUT);
    kill_child(r);
}

/**
 * Runs one child to completion. kinds per stdio: 0 ignore, 1 pipe (flags: 1 readable by the child, 2 writable by it;
 * input/input_len what to write into it), 3 inherit fd args[i]. Results into out (int64s): [0] error (0 or -errno),
 * [1] pid, [2] exit status (-1: never started), [3] term signal, then per stdio [4+2i] output buffer (malloc'ed,
 * nj_free it) and [5+2i] its length (-1: no output for that stdio).
 */
void nj_spawn_sync(const char *file, char **args, char **env, const char *cwd, int flags, int uid, int gid,
                   int nstdio, const int *kinds, const int *pipe_flags, const int64_t *fd_args, const char **inputs,
                   const int64_t *input_lens, double timeout_ms, double max_buffer, int kill_signal, int64_t *out) {
    sync_runner *r = calloc(1, sizeof(sync_runner));
    memset(out, 0, sizeof(int64_t) * (size_t)(4 + 2 * nstdio));
    if (!r || nstdio > 64) { out[0] = UV_ENOMEM; out[2] = -1; free(r); return; }
    r->exit_status = -1;
    r->kill_signal = kill_signal;
    r->max_buffer = max_buffer;
    r->nstdio = nstdio;
    int e = uv_loop_init(&r->loop);
    if (e < 0) { out[0] = e; out[2] = -1; free(r); return; }
    uv_stdio_container_t stdio[nstdio > 0 ? nstdio : 1];
    for (int i = 0; i < nstdio; i++) {
        if (kinds[i] == 1) {
            sync_pipe *p = calloc(1, sizeof(sync_pipe));
            p->runner = r;
            p->readable = pipe_flags[i] & 1;
            p->writable = (pipe_flags[i] & 2) != 0;
            p->input = inputs[i];
            p->input_len = input_lens[i];
            uv_pipe_init(&r->loop, &p->pipe, 0);
            p->pipe.data = p;
            r->pipes[i] = p;
            stdio[i].flags = UV_CREATE_PIPE | (p->readable ? UV_READABLE_PIPE : 0) | (p->writable ? UV_WRITABLE_PIPE : 0);
            stdio[i].data.stream = (uv_stream_t *)&p->pipe;
        } else if (kinds[i] == 3) {
            stdio[i].flags = UV_INHERIT_FD;
            stdio[i].data.fd = (int)fd_args[i];
        } else {
            stdio[i].flags = UV_IGNORE;
        }
    }
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
    r->process.data = r;
    e = uv_spawn(&r->loop, &r->process, &o);
    if (e < 0) {
        set_error(r, e);
        uv_close((uv_handle_t *)&r->process, NULL);
        close_pipes(r);
    } else {
        if (timeout_ms > 0) {
            uv_timer_init(&r->loop, &r->timer);
            r->timer.data = r;
            r->timer_on = 1;
            uv_timer_start(&r->timer, on_timeout, (uint64_t)timeout_ms, 0);
        }
        for (int i = 0; i < nstdio; i++) {
            sync_pipe *p = r->pipes[i];
            if (!p) continue;
            if (p->readable) {
                if (p->input_len > 0) {
                    uv_buf_t b = uv_buf_init((char *)p->input, (unsigned)p->input_len);
                    p->write_req.data = p;
                    int w = uv_write(&p->write_req, (uv_stream_t *)&p->pipe, &b, 1, on_write);
                    if (w < 0) set_pipe_error(r, w);
                }
                p->shutdown_req.data = p;
                int s = uv_shutdown(&p->shutdown_req, (uv_stream_t *)&p->pipe, on_shutdown);
                if (s < 0) set_pipe_error(r, s);
            }
            if (p->writable) {
                int s = uv_read_start((uv_stream_t *)&p->pipe, on_alloc, on_read);
                if (s < 0) set_pipe_error(r, s);
            }
        }
    }
    uv_run(&r->loop, UV_RUN_DEFAULT);
    close_pipes(r);
    close_timer(r);
    uv_run(&r->loop, UV_RUN_DEFAULT);
    uv_loop_close(&r->loop);
    out[0] = r->error ? r->error : r->pipe_error;
    out[1] = e < 0 ? 0 : r->process.pid;
    out[2] = r->exit_status;
    out[3] = r->term_signal;
    for (int i = 0; i < nstdio; i++) {
        sync_pipe *p = r->pipes[i];
        if (p && p->writable) {
            out[4 + 2 * i] = (int64_t)(intptr_t)p->out;
            out[5 + 2 * i] = p->out_len;
        } else {
            out[4 + 2 * i] = 0;
            out[5 + 2 * i] = -1;
            if (p) free(p->out);
        }
        free(p);
    }
    free(r);
}
