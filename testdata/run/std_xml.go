package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

type Address struct {
	City  string `xml:"city"`
	State string `xml:"state,attr"`
}

type Person struct {
	XMLName xml.Name  `xml:"person"`
	ID      int       `xml:"id,attr"`
	Name    string    `xml:"name"`
	Email   []string  `xml:"email"`
	Addr    *Address  `xml:"address,omitempty"`
	Comment string    `xml:",comment"`
	Notes   string    `xml:"notes>note"`
	Inner   string    `xml:",chardata"`
}

func main() {
	p := Person{ID: 13, Name: "John & <Jane>", Email: []string{"a@b", "c@d"}, Addr: &Address{"Hanga Roa", "Easter"}, Comment: " hi ", Notes: "n1"}
	b, err := xml.MarshalIndent(p, "", "  ")
	fmt.Println(string(b), err)
	var q Person
	err = xml.Unmarshal(b, &q)
	fmt.Println(err, q.ID, q.Name, q.Email, *q.Addr, q.Comment, q.Notes, q.XMLName.Local)
	d := xml.NewDecoder(strings.NewReader(`<?xml version="1.0"?><a x="1"><b>text</b><!-- c --><c/></a>`))
	for {
		t, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			break
		}
		switch v := t.(type) {
		case xml.StartElement:
			fmt.Println("start", v.Name.Local, v.Attr)
		case xml.EndElement:
			fmt.Println("end", v.Name.Local)
		case xml.CharData:
			fmt.Printf("chars %q\n", string(v))
		case xml.Comment:
			fmt.Printf("comment %q\n", string(v))
		case xml.ProcInst:
			fmt.Println("procinst", v.Target, string(v.Inst))
		}
	}
	var bad Person
	fmt.Println(xml.Unmarshal([]byte(`<person><name>x</nam></person>`), &bad))
	var buf bytes.Buffer
	xml.EscapeText(&buf, []byte(`a<b>"c"&`))
	fmt.Println(buf.String())
	var enc bytes.Buffer
	e := xml.NewEncoder(&enc)
	e.EncodeToken(xml.StartElement{Name: xml.Name{Local: "root"}, Attr: []xml.Attr{{Name: xml.Name{Local: "k"}, Value: "v"}}})
	e.EncodeElement(42, xml.StartElement{Name: xml.Name{Local: "n"}})
	e.EncodeToken(xml.EndElement{Name: xml.Name{Local: "root"}})
	e.Flush()
	fmt.Println(enc.String())
}
