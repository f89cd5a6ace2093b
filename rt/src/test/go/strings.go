// UTF-8 decoding and string conversions; expected values for GoStringTest.
// Regenerate: go run strings.go > ../resources/gojc/rt/strings.txt
package main

import "fmt"

func main() {
	cases := []string{
		"", "abc", "héllo", "\u00ff", "日本語", "\U0001F600x", "\xff", "a\x80b", "\xc0\x80", "\xc1\xbf", "\xc2\x80",
		"\xdf\xbf", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xed\xa0\x80", "\xed\xbf\xbf",
		"\xee\x80\x80", "\xef\xbf\xbf", "\xf0\x80\x80\x80", "\xf0\x8f\xbf\xbf", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf",
		"\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xf8\x88\x80\x80\x80", "\xe2\x82", "\xe2\x82x", "\xf0\x9f\x98", "\xc3",
		"\xc3(", "a\xe2\x82\xacb\xff\xfe",
	}
	for _, s := range cases {
		fmt.Printf("%x:", s)
		for i, r := range s {
			fmt.Printf(" %d=%d", i, r)
		}
		rs := []rune(s)
		fmt.Printf(" | n=%d back=%x\n", len(rs), string(rs))
	}
	runes := []int64{0, 65, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 1 << 32, -1 << 63}
	for _, r := range runes {
		fmt.Printf("string(%d)=%x\n", r, string(rune(r)))
	}
	for _, r := range runes {
		fmt.Printf("string(int64 %d)=%x\n", r, string(r))
	}
	fmt.Println(string([]rune{0x41, -5, 0xd800, 0x10ffff, 0x110000}) == "A\ufffd\ufffd\U0010ffff\ufffd")
	ss := []string{"", "a", "ab", "b", "\xff", "\x7f", "abc", "ab\x00"}
	for _, a := range ss {
		for _, b := range ss {
			c := 0
			if a < b {
				c = -1
			} else if a > b {
				c = 1
			}
			fmt.Print(c, " ")
		}
		fmt.Println()
	}
}
