// Answers whether values satisfy a field's rule as Go's regexp (RE2) reads the bundled pattern:
// regexp.MustCompile(pattern).MatchString(value), as Go SDKs and validators apply it (with the
// pattern anchored ^…$, a search is a full match: $ means only the end of the text in RE2),
// plus the length bounds counted in code points as JSON Schema counts them.
// Same line protocol as pattern_matcher.py.
package main

import (
	"bufio"
	"encoding/base64"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

type rule struct {
	pattern        *regexp.Regexp
	minLen, maxLen int
}

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<16)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	var rules []rule
	for {
		line, err := in.ReadString('\n')
		line = strings.TrimSuffix(line, "\n")
		if line == "" || err != nil {
			break
		}
		parts := strings.Split(line, "\t")
		source, _ := base64.StdEncoding.DecodeString(parts[0])
		pattern, err := regexp.Compile(string(source))
		if err != nil {
			fmt.Fprintf(os.Stderr, "RE2 refused %q: %v\n", source, err)
			os.Exit(2)
		}
		minLen, _ := strconv.Atoi(parts[1])
		maxLen, _ := strconv.Atoi(parts[2])
		rules = append(rules, rule{pattern, minLen, maxLen})
	}
	for {
		line, err := in.ReadString('\n')
		if line == "" && err != nil {
			return
		}
		index, encoded, _ := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		i, _ := strconv.Atoi(index)
		value, decodeErr := base64.StdEncoding.DecodeString(encoded)
		if decodeErr != nil || !utf8.Valid(value) {
			fmt.Fprintf(os.Stderr, "request %q is not base64 of UTF-8\n", line)
			os.Exit(2)
		}
		r := rules[i]
		length := utf8.RuneCount(value)
		ok := length >= r.minLen && length <= r.maxLen && r.pattern.Match(value)
		if ok {
			out.WriteString("1\n")
		} else {
			out.WriteString("0\n")
		}
		// Answer at once when nothing more is waiting, so a single question never stalls.
		if in.Buffered() == 0 {
			out.Flush()
		}
	}
}
