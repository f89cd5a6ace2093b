package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/lzw"
	"compress/zlib"
	"compress/bzip2"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/ed25519"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
	"io"
	"strings"
	"time"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("%x\n%x\n%x\n", md5.Sum(data), sha1.Sum(data), sha256.Sum256(data))
	h224 := sha256.New224(); h224.Write(data); fmt.Printf("%x\n%x\n", sha512.Sum512(data), h224.Sum(nil))
	h := sha256.New()
	io.WriteString(h, "part1")
	io.WriteString(h, "part2")
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
	mac := hmac.New(sha256.New, []byte("key"))
	mac.Write(data)
	sum := mac.Sum(nil)
	fmt.Println(hex.EncodeToString(sum))
	mac2 := hmac.New(sha1.New, []byte("key"))
	mac2.Write(data)
	fmt.Println(hmac.Equal(sum, mac2.Sum(nil)), subtle.ConstantTimeCompare([]byte("a"), []byte("a")))
	key := []byte("0123456789abcdef0123456789abcdef")
	block, err := aes.NewCipher(key)
	fmt.Println(err, block.BlockSize())
	gcm, _ := cipher.NewGCM(block)
	nonce := make([]byte, gcm.NonceSize())
	for i := range nonce {
		nonce[i] = byte(i)
	}
	ct := gcm.Seal(nil, nonce, data, []byte("ad"))
	fmt.Println(hex.EncodeToString(ct))
	pt, err := gcm.Open(nil, nonce, ct, []byte("ad"))
	fmt.Println(string(pt), err)
	ct[0] ^= 1
	_, err = gcm.Open(nil, nonce, ct, []byte("ad"))
	fmt.Println(err)
	iv := make([]byte, 16)
	dst := make([]byte, 32)
	ctr := cipher.NewCTR(block, iv)
	ctr.XORKeyStream(dst, data[:32])
	fmt.Println(hex.EncodeToString(dst))
	seed := make([]byte, ed25519.SeedSize)
	priv := ed25519.NewKeyFromSeed(seed)
	sig := ed25519.Sign(priv, data)
	fmt.Println(hex.EncodeToString(sig[:16]), ed25519.Verify(priv.Public().(ed25519.PublicKey), data, sig))

	fmt.Println(crc32.ChecksumIEEE(data), crc32.Checksum(data, crc32.MakeTable(crc32.Castagnoli)), adler32.Checksum(data), crc64.Checksum(data, crc64.MakeTable(crc64.ECMA)))
	f := fnv.New32a()
	f.Write(data)
	f64 := fnv.New64()
	f64.Write(data)
	f128 := fnv.New128a()
	f128.Write(data)
	fmt.Println(f.Sum32(), f64.Sum64(), hex.EncodeToString(f128.Sum(nil)))

	big := []byte(strings.Repeat("hello gojc compress ", 500))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Name = "a.txt"
	zw.ModTime = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	zw.Write(big)
	zw.Close()
	fmt.Println(gz.Len())
	zr, err := gzip.NewReader(&gz)
	fmt.Println(err, zr.Name, zr.ModTime.UTC())
	out, err := io.ReadAll(zr)
	fmt.Println(len(out), err, bytes.Equal(out, big))
	_, err = gzip.NewReader(strings.NewReader("not gzip"))
	fmt.Println(err)
	var zb bytes.Buffer
	zlw, _ := zlib.NewWriterLevel(&zb, zlib.BestCompression)
	zlw.Write(big)
	zlw.Close()
	fmt.Println(zb.Len(), hex.EncodeToString(zb.Bytes()[:8]))
	zlr, _ := zlib.NewReader(&zb)
	out, _ = io.ReadAll(zlr)
	fmt.Println(bytes.Equal(out, big))
	var fb bytes.Buffer
	fw, _ := flate.NewWriter(&fb, flate.BestSpeed)
	fw.Write(big)
	fw.Close()
	fmt.Println(fb.Len())
	out, _ = io.ReadAll(flate.NewReader(&fb))
	fmt.Println(bytes.Equal(out, big))
	var lb bytes.Buffer
	lw := lzw.NewWriter(&lb, lzw.LSB, 8)
	lw.Write(big)
	lw.Close()
	fmt.Println(lb.Len())
	out, _ = io.ReadAll(lzw.NewReader(&lb, lzw.LSB, 8))
	fmt.Println(bytes.Equal(out, big))
	_, err = io.ReadAll(bzip2.NewReader(strings.NewReader("BZh9junk")))
	fmt.Println(err)

	var zbuf bytes.Buffer
	zwr := zip.NewWriter(&zbuf)
	for _, n := range []string{"a.txt", "dir/b.txt"} {
		hdr := &zip.FileHeader{Name: n, Method: zip.Deflate, Modified: time.Date(2021, 5, 6, 7, 8, 10, 0, time.UTC)}
		w, _ := zwr.CreateHeader(hdr)
		w.Write([]byte("content of " + n))
	}
	zwr.SetComment("cmt")
	zwr.Close()
	zrd, err := zip.NewReader(bytes.NewReader(zbuf.Bytes()), int64(zbuf.Len()))
	fmt.Println(err, zrd.Comment, zbuf.Len())
	for _, zf := range zrd.File {
		rc, _ := zf.Open()
		c, _ := io.ReadAll(rc)
		rc.Close()
		fmt.Println(zf.Name, zf.UncompressedSize64, zf.Modified.UTC(), string(c), zf.CRC32)
	}
	var tbuf bytes.Buffer
	tw := tar.NewWriter(&tbuf)
	for _, n := range []string{"x", "y/z"} {
		body := "tar body " + n
		tw.WriteHeader(&tar.Header{Name: n, Mode: 0644, Size: int64(len(body)), ModTime: time.Unix(1600000000, 0), Typeflag: tar.TypeReg, Uname: "u"})
		tw.Write([]byte(body))
	}
	tw.Close()
	fmt.Println(tbuf.Len())
	tr := tar.NewReader(&tbuf)
	for {
		th, err := tr.Next()
		if err == io.EOF {
			break
		}
		c, _ := io.ReadAll(tr)
		fmt.Println(th.Name, th.Size, th.Mode, th.ModTime.Unix(), th.Uname, string(c))
	}
}
