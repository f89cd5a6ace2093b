// gojc overlay: tzdata's init registers its loader through registerLoadFromEmbeddedTZData, a
// //go:linkname to time's function of that name. gc's linker finds time's symbol without an
// import; gojc binds a linkname to a Go function only in a package the declaring one imports
// (gojc.types.LinkNames), so this file adds the import that makes time compiled before tzdata
// and linked with it.

package tzdata

import _ "time"
