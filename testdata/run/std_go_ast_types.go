package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
	"go/format"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"strings"
)

const src = `package p

import "fmt"

// Add adds.
func Add(a, b int) int { return a+b }

type T struct{ X, Y int }

func (t *T) Sum() int {
	s := 0
	for _, v := range []int{t.X, t.Y} { s += v }
	fmt.Println(s)
	return s
}

const C = 1 << 10
var V = Add(1, 2)
`

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	fmt.Println(err)
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncDecl:
			fmt.Println("func", x.Name.Name, fset.Position(x.Pos()), x.Doc.Text() == "Add adds.\n")
		case *ast.BinaryExpr:
			fmt.Println("binary", x.Op, fset.Position(x.OpPos).Line)
		}
		return true
	})
	out, err := format.Source([]byte(src))
	fmt.Println(string(out), err)
	var buf bytes.Buffer
	printer.Fprint(&buf, fset, f.Decls[1])
	fmt.Println(buf.String())
	_, err = parser.ParseFile(fset, "bad.go", "package p\nfunc {", 0)
	fmt.Println(err)
	e, _ := parser.ParseExpr("a + b*c[1]")
	ast.Print(nil, e)
	conf := types.Config{Importer: nil, Error: func(err error) { fmt.Println("type error:", err) }}
	f2, _ := parser.ParseFile(fset, "q.go", "package q\nconst K = 3*7\nvar s = \"x\" + 1\nfunc F(x int) string { return x }\n", 0)
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}}
	pkg, err := conf.Check("q", fset, []*ast.File{f2}, info)
	fmt.Println(pkg.Name(), err)
	k := pkg.Scope().Lookup("K").(*types.Const)
	fmt.Println(k.Val(), k.Type(), constant.MakeInt64(5).Kind())
	names := []string{}
	for id, obj := range info.Defs {
		if obj != nil {
			names = append(names, id.Name+":"+obj.Type().String())
		}
	}
	fmt.Println(len(names), strings.Contains(strings.Join(names, ","), "F:func(x int) string"))
}
