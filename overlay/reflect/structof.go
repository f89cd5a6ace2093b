// gojc: reflect.StructOf. A struct type made at run time has no generated class: its values
// are gojc.rt.reflect.DynStruct objects (a slot per field), which reflect, fmt and interfaces
// handle as they handle generated struct objects.

package reflect

import "unicode"

func typeStructOf(names, pkgPaths, tags []string, types []jobj, embedded []bool) jobj

// StructOf returns the struct type containing fields.
func StructOf(fields []StructField) Type {
	var names, pkgPaths, tags []string
	var types []jobj
	var embedded []bool
	pkgpath := ""
	seen := map[string]bool{}
	for i, field := range fields {
		if field.Name == "" {
			panic("reflect.StructOf: field " + itoa(i) + " has no name")
		}
		if !isValidFieldName(field.Name) {
			panic("reflect.StructOf: field " + itoa(i) + " has invalid name")
		}
		if field.Type == nil {
			panic("reflect.StructOf: field " + itoa(i) + " has no type")
		}
		if field.Anonymous && field.PkgPath != "" {
			panic("reflect.StructOf: field \"" + field.Name + "\" is anonymous but has PkgPath set")
		}
		if field.IsExported() {
			c := field.Name[0]
			if 'a' <= c && c <= 'z' || c == '_' {
				panic("reflect.StructOf: field \"" + field.Name + "\" is unexported but missing PkgPath")
			}
		}
		ft := field.Type.common()
		if field.PkgPath != "" {
			if pkgpath == "" {
				pkgpath = field.PkgPath
			} else if pkgpath != field.PkgPath {
				panic("reflect.Struct: fields with different PkgPath " + pkgpath + " and " + field.PkgPath)
			}
		}
		if field.Anonymous {
			if ft.Kind() == Pointer {
				if k := ft.Elem().Kind(); k == Pointer || k == Interface {
					panic("reflect.StructOf: illegal embedded field type " + ft.String())
				}
			}
			if ft.NumMethod() > 0 || ft.Kind() == Pointer && ft.Elem().NumMethod() > 0 {
				panic("gojc: not yet supported: reflect.StructOf with an embedded field whose type has methods")
			}
		}
		if seen[field.Name] && field.Name != "_" {
			panic("reflect.StructOf: duplicate field " + field.Name)
		}
		seen[field.Name] = true
		names = append(names, field.Name)
		pkgPaths = append(pkgPaths, field.PkgPath)
		tags = append(tags, string(field.Tag))
		types = append(types, ft.t)
		embedded = append(embedded, field.Anonymous)
	}
	return toRType(typeStructOf(names, pkgPaths, tags, types, embedded))
}

func isValidFieldName(fieldName string) bool {
	for i, c := range fieldName {
		if i == 0 && !(c == '_' || unicode.IsLetter(c)) {
			return false
		}
		if !(c == '_' || unicode.IsLetter(c) || unicode.IsDigit(c)) {
			return false
		}
	}
	return len(fieldName) > 0
}
