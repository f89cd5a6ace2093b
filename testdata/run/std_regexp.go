package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	s := "dates: 2021-03-04, 1999-12-31 and 2000-01-01."
	fmt.Println(re.FindAllString(s, -1), re.FindAllString(s, 2))
	fmt.Println(re.FindStringSubmatch(s), re.SubexpNames(), re.SubexpIndex("month"), re.NumSubexp())
	fmt.Println(re.FindAllStringSubmatchIndex(s, -1))
	fmt.Println(re.ReplaceAllString(s, "${day}/${month}/$year"))
	fmt.Println(re.ReplaceAllLiteralString(s, "$1"))
	fmt.Println(re.ReplaceAllStringFunc(s, strings.ToUpper))
	fmt.Println(re.ReplaceAllStringFunc(s, func(m string) string { return "<" + m[:4] + ">" }))
	tmpl := []byte{}
	for _, sm := range re.FindAllStringSubmatchIndex(s, -1) {
		tmpl = re.ExpandString(tmpl, "$month.$day;", s, sm)
	}
	fmt.Println(string(tmpl))
	fmt.Println(re.MatchString("x 2020-01-02"), re.String())
	r2 := regexp.MustCompile(`(?i)héllo|wörld`)
	fmt.Println(r2.FindAllStringIndex("HÉLLO Wörld hello", -1))
	r3 := regexp.MustCompile(`a*`)
	fmt.Printf("%q\n", r3.Split("baaac", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`,\s*`).Split("a, b,c,  d", 3))
	fmt.Println(r3.ReplaceAllString("baaac", "X"))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	_, err = regexp.Compile(`x**`)
	fmt.Println(err)
	fmt.Println(regexp.QuoteMeta("a.b*c[d]"))
	r4 := regexp.MustCompile(`^(\w+)@(\w+)\.com$`)
	fmt.Println(r4.FindStringSubmatch("bob@example.com"), r4.FindStringSubmatch("nope"))
	r5 := regexp.MustCompilePOSIX(`a+|a+b`)
	fmt.Println(r5.FindString("aaab"), regexp.MustCompile(`a+|a+b`).FindString("aaab"))
	r6 := regexp.MustCompile(`(?m)^\s*(\w+)\s*=\s*(.*?)\s*$`)
	for _, m := range r6.FindAllStringSubmatch("a = 1\n  bb=two  \nbad line!\nc= x y ", -1) {
		fmt.Printf("%q\n", m[1:])
	}
	r7 := regexp.MustCompile(`[\p{Greek}]+`)
	fmt.Println(r7.FindAllString("abc αβγ def δ", -1))
	fmt.Println(regexp.MustCompile(`(a)(x)?`).FindAllStringSubmatch("aa", -1))
	fmt.Println(regexp.MustCompile(`\bfoo\b`).FindAllStringIndex("foo foobar barfoo foo.", -1))
	lit, complete := regexp.MustCompile(`abc+`).LiteralPrefix()
	fmt.Println(lit, complete)
	fmt.Println(regexp.MustCompile(`(\d+)`).ReplaceAll([]byte("a1b22"), []byte("[$1]")))
	b := regexp.MustCompile(`.`).FindAllIndex([]byte("日本"), -1)
	fmt.Println(b)
	fmt.Println(regexp.MatchString(`^[a-z]+\[[0-9]+\]$`, "adam[23]"))
	r8 := regexp.MustCompile(`(?s)<.+?>`)
	fmt.Println(r8.FindAllString("<a>\n<b\n>", -1))
	r9 := regexp.MustCompile(`x{2,3}?`)
	fmt.Println(r9.FindAllString("xxxxxxx", -1))
	fmt.Println(regexp.MustCompile(`(foo)|(bar)`).FindStringSubmatchIndex("zbar"))
	fmt.Println(regexp.MustCompile("a.c").Longest == nil)
}
