package main

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"unicode"
	"unicode/utf8"
)

type myErr struct{ code int }

func (e *myErr) Error() string { return "myErr " + strconv.Itoa(e.code) }

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	println(buf.String(), buf.Len())
	line, err := buf.ReadString(' ')
	println(line, err == nil, buf.String())
	println(bytes.Equal([]byte("a"), []byte("a")), bytes.Contains([]byte("seafood"), []byte("foo")), string(bytes.ToUpper([]byte("abc"))))
	println(string(bytes.TrimSpace([]byte("  x  "))), bytes.Index([]byte("chicken"), []byte("ken")))

	println(strconv.Itoa(-42), strconv.FormatInt(255, 16), strconv.Quote("hi\n\"there\""), strconv.FormatBool(true))
	n, err := strconv.Atoi("12345")
	println(n, err == nil)
	_, err = strconv.Atoi("12a")
	println(err.Error())
	f, err := strconv.ParseFloat("3.25", 64)
	println(strconv.FormatFloat(f, 'f', 3, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', 5, 64))
	u, _ := strconv.ParseUint("ff", 16, 64)
	println(u, strconv.AppendInt(nil, 7, 10)[0])
	q, err := strconv.Unquote(`"a\tb"`)
	println(q, err == nil)

	println(unicode.IsUpper('A'), unicode.IsLetter('é'), unicode.IsDigit('٣'), string(unicode.ToLower('Ä')), unicode.IsSpace('\t'))
	println(utf8.RuneCountInString("héllo"), utf8.ValidString("a\xffb"), utf8.RuneLen('世'))

	e1 := errors.New("base")
	e2 := &myErr{7}
	println(e1.Error(), e2.Error())
	var target *myErr
	wrapped := wrap{e2}
	println(errors.Is(wrapped, e2), errors.As(wrapped, &target), target.code, errors.Unwrap(wrapped) == error(e2), errors.Is(e1, e2))

	r := bytes.NewReader([]byte("abcdef"))
	p := make([]byte, 4)
	k, err := io.ReadFull(r, p)
	println(k, string(p), err == nil)
	k, err = io.ReadFull(r, p)
	println(k, err == io.ErrUnexpectedEOF)
	data, err := io.ReadAll(bytes.NewReader([]byte("all of it")))
	println(string(data), err == nil)
}

type wrap struct{ err error }

func (w wrap) Error() string { return "wrap: " + w.err.Error() }
func (w wrap) Unwrap() error { return w.err }
