// The Go checker of the agreement gate: the standard library's regexp (RE2) only, no modules.
module patternmatcher

go 1.22
