package org.napijvm.graal;

/**
 * Engine messages that reach an addon through Node-API, reworded as V8 words them, at the boundary only (JS code's
 * own errors keep GraalJS's words: no engine hook exists for them). Today: the SyntaxError of a script that
 * napi_run_script cannot parse. GraalJS says {@code Expected an operand but found ;} (its V8 mode drops the
 * position from the message; the script runner reports the offset); node says {@code Unexpected token ';'}.
 */
final class V8Messages {
    private V8Messages() {}

    /**
     * {@code (e, src, at)}: if {@code e} is GraalJS's parse error for {@code src} (a SyntaxError, {@code at} the offset
     * of the offending token, -1 when the script parsed), its message and stack get V8's wording. The token is read
     * from the source at that position (GraalJS names strings without their quotes).
     */
    static final JsBridge.Helper SYNTAX_ERROR = new JsBridge.Helper("""
            (() => {
              const SE = SyntaxError;
              const keywords = new Set(('break case catch class const continue debugger default delete do else enum export '
                + 'extends false finally for function if import in instanceof new null return super switch this throw '
                + 'true try typeof var void while with').split(' '));
              const direct = [
                [/^Invalid return statement$/, () => 'Illegal return statement'],
                [/^Variable "(.*)" has already been declared$/, (m) => `Identifier '${m[1]}' has already been declared`],
                [/^(Missing space after numeric literal|Missing digit after .*|Missing exponent)$/, () => 'Invalid or unexpected token'],
                [/^new\\.target expression is only allowed in functions$/, () => 'new.target expression is not allowed here'],
                [/^Missing assignment to constant /, () => 'Missing initializer in const declaration'],
                [/^Missing assignment in destructuring declaration$/, () => 'Missing initializer in destructuring declaration'],
                [/^Illegal continue statement$/, () => 'Illegal continue statement: no surrounding iteration statement'],
                [/^Duplicate Label "(.*)"$/, (m) => `Label '${m[1]}' has already been declared`],
                [/^"with" statement cannot be used in strict mode$/, () => 'Strict mode code may not include a with statement'],
                [/^"(eval|arguments)" cannot be used as variable name in strict mode$/, () => 'Unexpected eval or arguments in strict mode'],
                [/^cannot delete identifier ".*" in strict mode$/, () => 'Delete of an unqualified identifier in strict mode.'],
                [/^Class contains more than one constructor$/, () => 'A class may only have one constructor'],
                [/^strict mode function cannot have duplicate parameter name/, () => 'Duplicate parameter name not allowed in this context'],
                [/^Invalid left hand side for assignment$/, () => 'Invalid left-hand side in assignment'],
                [/^Switch already has default case$/, () => 'More than one default clause in switch statement'],
              ];
              // V8's message for an unexpected token, from the source text at its position
              const unexpected = (found, src, at) => {
                const c = src[at];
                if (found === 'eof' || at >= src.length) return 'Unexpected end of input';
                if (found === 'error') return 'Invalid or unexpected token';
                const q = src[at - 1]; // GraalJS points a string token at its text, after the quote
                if (c === '"' || c === "'" || ((q === '"' || q === "'") && src.startsWith(found, at))) return 'Unexpected string';
                if (c === '`') return 'Unexpected template string';
                if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[at + 1] || ''))) return 'Unexpected number';
                if (c === '#') {
                  const name = /^#[\\w$]*/.exec(src.slice(at))[0];
                  return `Private field '${name}' must be declared in an enclosing class`;
                }
                const word = /^[A-Za-z_$][\\w$]*/.exec(src.slice(at));
                if (word) {
                  if (word[0] === 'import') return 'Cannot use import statement outside a module';
                  if (word[0] === 'super') return "'super' keyword unexpected here";
                  return keywords.has(word[0]) ? `Unexpected token '${word[0]}'` : `Unexpected identifier '${word[0]}'`;
                }
                if (c === '/' && found === '/') return 'Invalid regular expression: missing /';
                return `Unexpected token '${found}'`;
              };
              return (e, src, at) => {
                try {
                  if (at < 0 || !(e instanceof SE) || typeof e.message !== 'string') return false;
                  const text = e.message;
                  let v8 = text;
                  for (const [re, f] of direct) { const d = re.exec(text); if (d) { v8 = f(d); break; } }
                  if (text === 'Missing close quote') // at the end of input: an unterminated template, or string
                    v8 = /`[^"'`]*$/.test(src.slice(0, at)) ? 'Unexpected end of input' : 'Invalid or unexpected token';
                  if (v8 === text) {
                    const f = /^Expected .* but found (.*)$/.exec(text);
                    if (f) {
                      if (f[1] === '(' && /function\\s*$/.test(src.slice(0, at))) v8 = 'Function statements require a function name';
                      else v8 = unexpected(f[1], src, at);
                    } else if (/^expected BindingIdentifier or BindingPattern$/.test(text)) {
                      v8 = unexpected(src[at], src, at);
                    }
                  }
                  const stack = String(e.stack);
                  const nl = stack.indexOf('\\n    at ');
                  Object.defineProperty(e, 'message', { value: v8, writable: true, configurable: true, enumerable: false });
                  Object.defineProperty(e, 'stack', { value: 'SyntaxError: ' + v8 + (nl >= 0 ? stack.slice(nl) : ''),
                    writable: true, configurable: true, enumerable: false });
                  return true;
                } catch (_) { return false; }
              };
            })()""");
}
