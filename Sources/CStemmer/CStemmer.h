// The Snowball stemmer API (`sb_stemmer_new`, `sb_stemmer_stem`, `sb_stemmer_length`,
// `sb_stemmer_delete`, `sb_stemmer_list`). Its symbols carry no version suffix, so Swift calls
// them directly (no shim as for ICU).
#if __has_include(<libstemmer.h>)
#include <libstemmer.h>
#else
#error "Slant needs the Snowball stemmer library: install libstemmer-dev (apt-get install libstemmer-dev; .ci/run does it)"
#endif
