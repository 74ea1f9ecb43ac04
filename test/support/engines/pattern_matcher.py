# Answers whether values satisfy a field's rule as Python `re` reads the bundled pattern, plus
# the length bounds, counted in code points as JSON Schema counts them.
#
# stdin: one line per rule, "pattern<TAB>minLength<TAB>maxLength" with the pattern base64-encoded,
# then a blank line, then one request per line: "ruleIndex<TAB>base64(UTF-8 value)".
# stdout: "1" or "0" per request, in order.
#
# The argument says how the pattern is applied: `fullmatch` (the default, the whole value),
# or the lax ways consumers also use, `match` (OpenAPI Generator's Python models) and `search`,
# in which `$` also matches before a final "\n", so that "91\n" passes.
# A pattern that makes `re` warn (a doubled `&`, `-`, `~` or `|` in a class: set operations in
# other engines, and perhaps one day in Python) is refused, not tolerated.
import base64
import re
import sys
import warnings

warnings.simplefilter('error')
form = (sys.argv[1:] or ['fullmatch'])[0]
if form not in ('fullmatch', 'match', 'search'):
    sys.exit(f'unknown form {form}')
rules = []
for line in sys.stdin:
    line = line.rstrip('\n')
    if line == '':
        break
    pattern, min_length, max_length = line.split('\t')
    compiled = re.compile(base64.b64decode(pattern).decode('utf-8'))
    rules.append((getattr(compiled, form), int(min_length), int(max_length)))

for line in sys.stdin:
    index, encoded = line.rstrip('\n').split('\t')
    apply, min_length, max_length = rules[int(index)]
    value = base64.b64decode(encoded).decode('utf-8')
    ok = min_length <= len(value) <= max_length and apply(value) is not None
    sys.stdout.write('1\n' if ok else '0\n')
    sys.stdout.flush()
