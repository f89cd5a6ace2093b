package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/asn1"
	"fmt"
	"html"
	"image"
	"image/color"
	"image/draw"
	"image/gif"
	"image/jpeg"
	"image/png"
	"mime"
	"net/url"
	"path"
	"strings"
)

type Rec struct {
	N   int
	S   string
	Arr []int
}

func main() {
	img := image.NewRGBA(image.Rect(0, 0, 16, 8))
	for y := 0; y < 8; y++ {
		for x := 0; x < 16; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 16), uint8(y * 32), 128, 255})
		}
	}
	draw.Draw(img, image.Rect(2, 2, 6, 6), &image.Uniform{color.Black}, image.Point{}, draw.Src)
	var buf bytes.Buffer
	fmt.Println(png.Encode(&buf, img))
	fmt.Printf("%x %d\n", sha256.Sum256(buf.Bytes()), buf.Len())
	dec, format, err := image.Decode(bytes.NewReader(buf.Bytes()))
	fmt.Println(format, err, dec.Bounds(), dec.At(3, 3), dec.At(15, 7), dec.ColorModel() == color.RGBAModel)
	cfg, _, _ := image.DecodeConfig(bytes.NewReader(buf.Bytes()))
	fmt.Println(cfg.Width, cfg.Height)
	gray := image.NewGray(image.Rect(0, 0, 4, 4))
	gray.SetGray(1, 1, color.Gray{200})
	buf.Reset()
	png.Encode(&buf, gray)
	fmt.Printf("%x\n", sha256.Sum256(buf.Bytes()))
	buf.Reset()
	fmt.Println(jpeg.Encode(&buf, img, &jpeg.Options{Quality: 80}))
	fmt.Printf("%x %d\n", sha256.Sum256(buf.Bytes()), buf.Len())
	jd, err := jpeg.Decode(&buf)
	fmt.Println(err, jd.Bounds(), jd.At(10, 5))
	pal := image.NewPaletted(image.Rect(0, 0, 4, 4), color.Palette{color.White, color.Black})
	pal.SetColorIndex(1, 2, 1)
	buf.Reset()
	fmt.Println(gif.Encode(&buf, pal, nil))
	fmt.Printf("%x\n", sha256.Sum256(buf.Bytes()))
	r, g, b, a := color.NRGBA{255, 128, 0, 128}.RGBA()
	fmt.Println(r, g, b, a, color.GrayModel.Convert(color.RGBA{255, 0, 0, 255}))
	yy, cb, cr := color.RGBToYCbCr(255, 128, 0)
	fmt.Println(yy, cb, cr, image.Pt(1, 2).Add(image.Pt(3, 4)), image.Rect(0, 0, 5, 5).Intersect(image.Rect(3, 3, 9, 9)))

	u, err := url.Parse("https://user:p%40ss@example.com:8443/a/b%20c/?q=1&q=2&x=%26y#frag")
	fmt.Println(err, u.Scheme, u.User.Username(), u.Host, u.Hostname(), u.Port(), u.Path, u.RawQuery, u.Fragment, u.EscapedPath())
	pw, _ := u.User.Password()
	fmt.Println(pw, u.Query()["q"], u.Query().Get("x"), u.String())
	ref, _ := url.Parse("../d?z=1")
	fmt.Println(u.ResolveReference(ref))
	v := url.Values{}
	v.Set("name", "a b&c")
	v.Add("z", "1")
	v.Add("a", "ü")
	fmt.Println(v.Encode(), url.QueryEscape("a b/c?"), url.PathEscape("a b/c?"))
	us, err := url.QueryUnescape("a%20b+c%zz")
	fmt.Println(us, err)
	_, err = url.Parse("http://[::1")
	fmt.Println(err)
	_, err = url.Parse(":nope")
	fmt.Println(err)
	fmt.Println(mime.TypeByExtension(".html"), mime.TypeByExtension(".json"))
	mt, params, err := mime.ParseMediaType(`text/html; charset="utf-8"; q=0.5`)
	fmt.Println(mt, params, err, mime.FormatMediaType("text/plain", map[string]string{"charset": "utf-8", "a": "b c"}))
	fmt.Println(mime.QEncoding.Encode("utf-8", "héllo"), mime.BEncoding.Encode("utf-8", "¡hola!"))
	wd := new(mime.WordDecoder)
	s, err := wd.DecodeHeader("=?utf-8?q?h=C3=A9llo?= world")
	fmt.Println(s, err)
	fmt.Println(html.EscapeString(`<a href="x">'&'</a>`), html.UnescapeString("&lt;&eacute;&#233;&#x41;&amp;&nbsp;|"))
	fmt.Println(path.Join("a", "../b", "c/"), path.Clean("/../a//b/./c/.."), path.Ext("a/b.c.d"), path.IsAbs("a"))

	der, err := asn1.Marshal(Rec{42, "hi", []int{1, 2, 300}})
	fmt.Printf("%x %v\n", der, err)
	var back Rec
	rest, err := asn1.Unmarshal(der, &back)
	fmt.Println(back, len(rest), err)
	oid := asn1.ObjectIdentifier{1, 2, 840, 113549}
	od, _ := asn1.Marshal(oid)
	fmt.Printf("%x %v\n", od, oid)
	fmt.Println(strings.ToValidUTF8("a\xffb", "?"))
}
