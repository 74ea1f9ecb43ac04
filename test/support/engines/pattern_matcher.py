# Answers whether values satisfy a field's rule as Python `re` reads the bundled pattern, plus
# the length bounds, counted in code points as JSON Schema counts them.
#
# stdin: one line per rule, "pattern<TAB>minLength<TAB>maxLength" with the pattern base64-encoded,
# then a blank line, then one request per line: "ruleIndex<TAB>base64(UTF-8 value)".
# stdout: per request, one "1" or "0" per form named in the arguments, then a newline, in order.
#
# The arguments say how the pattern is applied, each form answered for every request (one process
# for all of them): `fullmatch` (the default, the whole value), or the lax ways consumers also use,
# `match` (OpenAPI Generator's Python models) and `search`, in which `$` also matches before a
# final "\n", so that "91\n" passes.
# A pattern that makes `re` warn (a doubled `&`, `-`, `~` or `|` in a class: set operations in
# other engines, and perhaps one day in Python) is refused, not tolerated.
import base64
import re
import sys
import warnings

warnings.simplefilter('error')
forms = sys.argv[1:] or ['fullmatch']
for form in forms:
    if form not in ('fullmatch', 'match', 'search'):
        sys.exit(f'unknown form {form}')
stdin = sys.stdin.buffer
rules = []
for raw in iter(stdin.readline, b''):
    line = raw.decode('utf-8').rstrip('\n')
    if line == '':
        break
    pattern, min_length, max_length = line.split('\t')
    compiled = re.compile(base64.b64decode(pattern).decode('utf-8'))
    rules.append(([getattr(compiled, form) for form in forms], int(min_length), int(max_length)))

# Requests are read as they arrive (read1: what is there, at most one read), and the answers to
# each arrival written at once, so a single question never stalls and a batch costs one write.
pending = b''
while chunk := stdin.read1(1 << 16):
    *lines, pending = (pending + chunk).split(b'\n')
    answers = []
    for line in lines:
        index, encoded = line.split(b'\t')
        applies, min_length, max_length = rules[int(index)]
        value = base64.b64decode(encoded).decode('utf-8')
        if min_length <= len(value) <= max_length:
            answers.append(''.join('0' if apply(value) is None else '1' for apply in applies))
        else:
            answers.append('0' * len(applies))
    if answers:
        sys.stdout.write('\n'.join(answers) + '\n')
        sys.stdout.flush()
