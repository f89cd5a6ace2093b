package main

import (
	"bytes"
	"encoding/base32"
	"encoding/base64"
	"encoding/binary"
	"encoding/csv"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"strings"
)

type Hdr struct {
	Magic uint32
	Ver   uint16
	Flags [2]uint8
	Len   int64
	F     float32
}

func main() {
	r := csv.NewReader(strings.NewReader("a,b,c\n1,\"x,y\",\"q\"\"z\"\n# comment\n2,,\"multi\nline\"\n"))
	r.Comment = '#'
	recs, err := r.ReadAll()
	fmt.Printf("%q %v\n", recs, err)
	r = csv.NewReader(strings.NewReader("a,b\n1,2,3\n"))
	_, err = r.ReadAll()
	fmt.Println(err)
	r = csv.NewReader(strings.NewReader("a;b\n\"bad\"x;y\n"))
	r.Comma = ';'
	for {
		rec, err := r.Read()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(rec)
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.WriteAll([][]string{{"a", "b c", "d,e"}, {"\"q\"", "", "x\ny"}})
	fmt.Print(buf.String())
	w = csv.NewWriter(&buf)
	w.UseCRLF = true
	w.Write([]string{"1", "2"})
	w.Flush()
	fmt.Printf("%q\n", buf.String())

	var bb bytes.Buffer
	h := Hdr{0xCAFEBABE, 3, [2]uint8{1, 2}, -5, 1.5}
	fmt.Println(binary.Write(&bb, binary.BigEndian, h), binary.Size(h))
	fmt.Println(hex.EncodeToString(bb.Bytes()))
	var h2 Hdr
	fmt.Println(binary.Read(bytes.NewReader(bb.Bytes()), binary.BigEndian, &h2), h2)
	bb.Reset()
	binary.Write(&bb, binary.LittleEndian, []uint16{1, 2, 0xffff})
	fmt.Println(bb.Bytes())
	b := make([]byte, 8)
	binary.LittleEndian.PutUint64(b, 0x0102030405060708)
	fmt.Println(b, binary.BigEndian.Uint32(b), binary.LittleEndian.Uint16(b[2:]))
	vb := binary.AppendUvarint(nil, 300)
	vb = binary.AppendVarint(vb, -1000)
	fmt.Println(vb)
	x, n := binary.Uvarint(vb)
	y, m := binary.Varint(vb[n:])
	fmt.Println(x, n, y, m)
	vbuf := make([]byte, binary.MaxVarintLen64)
	fmt.Println(binary.PutVarint(vbuf, -1<<63), vbuf)

	s := base64.StdEncoding.EncodeToString([]byte("hello, world!?"))
	fmt.Println(s, base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff, 0xfe}), base64.RawStdEncoding.EncodeToString([]byte("ab")))
	d, err := base64.StdEncoding.DecodeString(s)
	fmt.Println(string(d), err)
	_, err = base64.StdEncoding.DecodeString("abc$")
	fmt.Println(err)
	fmt.Println(base32.StdEncoding.EncodeToString([]byte("foobar")), base32.HexEncoding.EncodeToString([]byte("f")))
	fmt.Println(hex.Dump([]byte("0123456789abcdefXYZ")))
	hb, err := hex.DecodeString("zz")
	fmt.Println(hb, err)
	hb, err = hex.DecodeString("abc")
	fmt.Println(hb, err)
	blk := &pem.Block{Type: "TEST", Headers: map[string]string{"K": "v"}, Bytes: []byte("some bytes here")}
	pb := pem.EncodeToMemory(blk)
	fmt.Print(string(pb))
	blk2, rest := pem.Decode(append(pb, "tail"...))
	fmt.Println(blk2.Type, blk2.Headers, string(blk2.Bytes), string(rest))
}
