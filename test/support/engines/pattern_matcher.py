# Answers whether values satisfy a field's rule as Python `re` reads the bundled pattern:
# re.fullmatch (a `$` alone would also match before a trailing newline) plus the length bounds,
# counted in code points as JSON Schema counts them.
#
# stdin: one line per rule, "pattern<TAB>minLength<TAB>maxLength" with the pattern base64-encoded,
# then a blank line, then one request per line: "ruleIndex<TAB>base64(UTF-8 value)".
# stdout: "1" or "0" per request, in order.
#
# With the argument `match`, it uses re.match instead: the classic mistake, which accepts "91\n".
# The tests run it once to prove the agreement check catches that mistake.
import base64
import re
import sys

naive = sys.argv[1:] == ['match']
rules = []
for line in sys.stdin:
    line = line.rstrip('\n')
    if line == '':
        break
    pattern, min_length, max_length = line.split('\t')
    rules.append((re.compile(base64.b64decode(pattern).decode('utf-8')), int(min_length), int(max_length)))

for line in sys.stdin:
    index, encoded = line.rstrip('\n').split('\t')
    pattern, min_length, max_length = rules[int(index)]
    value = base64.b64decode(encoded).decode('utf-8')
    matched = pattern.match(value) if naive else pattern.fullmatch(value)
    ok = min_length <= len(value) <= max_length and matched is not None
    sys.stdout.write('1\n' if ok else '0\n')
    sys.stdout.flush()
