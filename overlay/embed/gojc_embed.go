// gojc overlay: adds the constructor of the FS a //go:embed variable of type FS holds. gc's
// compiler writes an FS's file table as static data; gojc's build (gojc.build.Embeds) gives
// the variable the initializer GojcFS(name, data, ...) instead, an exported name because the
// caller is the embedding package.

package embed

import "sort"

// GojcFS returns the FS of the given files: nameData alternates a file's slash-separated
// name and its contents. The table also lists each parent directory (name ending in "/"),
// sorted by directory and then element, the order FS's lookups search.
func GojcFS(nameData ...string) FS {
	files := []file{}
	seen := map[string]bool{}
	add := func(name, data string) {
		if !seen[name] {
			seen[name] = true
			files = append(files, file{name: name, data: data})
		}
	}
	for i := 0; i+1 < len(nameData); i += 2 {
		name := nameData[i]
		for j := len(name) - 1; j > 0; j-- {
			if name[j] == '/' {
				add(name[:j+1], "")
			}
		}
		add(name, nameData[i+1])
	}
	sort.Slice(files, func(i, j int) bool {
		di, ei, _ := split(files[i].name)
		dj, ej, _ := split(files[j].name)
		return di < dj || di == dj && ei < ej
	})
	return FS{files: &files}
}
