// gojc overlay: os.File.WriteString without gc's unsafe string-to-slice aliasing (a JVM
// string cannot be viewed as a byte slice): the bytes are copied once, as []byte(s) does.

package os

// WriteString is like Write, but writes the contents of string s rather than
// a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}
