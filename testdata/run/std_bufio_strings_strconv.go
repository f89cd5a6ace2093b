package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"
)

func commaSplit(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

type slowReader struct {
	s string
	i int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	p[0] = r.s[r.i]
	r.i++
	return 1, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("a,bb,,ccc"))
	sc.Split(commaSplit)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println(n)
	sc = bufio.NewScanner(strings.NewReader("héllo"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Print(sc.Text(), "|")
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\n"))
	sc.Buffer(make([]byte, 10), 20)
	for sc.Scan() {
	}
	fmt.Println(sc.Err())
	br := bufio.NewReaderSize(&slowReader{s: "line1\nline2\r\nlast"}, 16)
	for {
		l, err := br.ReadString('\n')
		fmt.Printf("%q %v\n", l, err)
		if err != nil {
			break
		}
	}
	br = bufio.NewReader(strings.NewReader("héllo world"))
	r, sz, _ := br.ReadRune()
	fmt.Println(string(r), sz, br.UnreadRune(), br.Buffered())
	pk, _ := br.Peek(3)
	fmt.Printf("%q\n", pk)
	line, pre, err := br.ReadLine()
	fmt.Println(string(line), pre, err)
	bw := bufio.NewWriterSize(os.Stdout, 4)
	fmt.Fprintf(bw, "buffered %d\n", 42)
	bw.WriteRune('é')
	bw.WriteByte('\n')
	fmt.Println(bw.Available(), bw.Buffered())
	bw.Flush()

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d;", i)
	}
	sb.WriteByte('x')
	sb.WriteRune('世')
	fmt.Println(sb.String(), sb.Len())
	sr := strings.NewReader("abcdef")
	b := make([]byte, 3)
	sr.Read(b)
	sr.Seek(-1, io.SeekCurrent)
	rest, _ := io.ReadAll(sr)
	fmt.Println(string(b), string(rest), sr.Len(), sr.Size())
	rp := strings.NewReplacer("a", "1", "bb", "2", "<", "&lt;")
	fmt.Println(rp.Replace("abba <a> bbb"))
	fmt.Println(strings.NewReplacer("", "-").Replace("abc"))
	fmt.Printf("%q %q\n", strings.Fields("  a b\t c\n "), strings.FieldsFunc("a1b22c", unicode.IsDigit))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	fmt.Println(strings.Title("hello wide world"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "gÖ"))
	fmt.Println(strings.ToUpper("ǆ straße"), strings.ToLower("İSTANBUL"), strings.ToTitle("ǆ"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.Cut("key=value=x", "="))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeft("xxyhixy", "xy"), strings.TrimPrefix("prefix-x", "prefix-"), strings.Trim("  \t x \n", " \t\n"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "nl"), strings.IndexFunc("Hello, 世界", unicode.IsUpper), strings.IndexRune("chicken", 'k'), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Repeat("ab", 3), strings.Compare("a", "b"), strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'c'))
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.HasPrefix([]byte("golang"), []byte("go")))
	fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
	var bbuf bytes.Buffer
	bbuf.WriteString("hello world")
	w, _ := bbuf.ReadBytes(' ')
	fmt.Printf("%q %q\n", w, bbuf.Next(3))
	bbuf.Truncate(1)
	fmt.Println(bbuf.String(), bytes.Title([]byte("abc def")), string(bytes.ToUpper([]byte("xyz"))))
	fmt.Println(bytes.NewReader([]byte("abc")).Len(), bytes.Runes([]byte("héllo")), string(bytes.TrimSpace([]byte("  x  "))))

	fmt.Println(strconv.Quote("hello\n\"世界\"\x00\u2028"), strconv.QuoteToASCII("日本\t"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('\n'))
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(uq, err)
	_, err = strconv.Unquote(`"bad`)
	fmt.Println(err)
	uq, err = strconv.Unquote("`raw\\n`")
	fmt.Println(uq, err)
	for _, s := range []string{"1.5", "1e308", "1e309", "-0", "inf", "-Inf", "NaN", "0x1p-2", "1_000.5", ".5e-3", "abc", "4.9e-324", "2.2250738585072014e-308", "1.7976931348623157e308"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"123", "-9223372036854775808", "9223372036854775808", "0x1F", "0b101", "0o17", "1_000", "", " 1"} {
		i, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(i, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	i8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(i8, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrRange)
	fmt.Println(string(strconv.AppendInt([]byte("n="), -42, 10)), string(strconv.AppendQuote(nil, "q")), string(strconv.AppendBool(nil, true)), string(strconv.AppendFloat(nil, 1.0/3, 'g', 5, 64)))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 2), strconv.Itoa(0), strconv.FormatInt(35, 36))
	for _, f := range []float64{0, 1, -1.5, 1e21, 1e20, 123456789.123, 1e-7, 0.000001, 3.0e100, 5e-324} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'f', 2, 32), strconv.FormatFloat(f, 'b', -1, 64), strconv.FormatFloat(f, 'x', -1, 64))
	}
	bv, err := strconv.ParseBool("T")
	fmt.Println(bv, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Println(strconv.IsPrint('\u00ad'), strconv.CanBackquote("a`b"), strconv.IsGraphic(' '))
}
