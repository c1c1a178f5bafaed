// CICUShims — the small C surface through which Slant uses ICU.
//
// ICU renames its exported symbols per version (urename.h turns `ubrk_next` into
// `ubrk_next_72`), so Swift cannot call ICU through a plain module map. Every function here
// has a stable `cicu_` name and calls the ICU function named in its comment. No ICU type
// crosses this boundary: iterators and normalizers are opaque pointers, status codes are
// plain `int32_t` values (ICU's `UErrorCode`; zero is success, negative is a warning,
// positive is a failure).

#ifndef CICU_SHIMS_H
#define CICU_SHIMS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's U_BUFFER_OVERFLOW_ERROR: the destination was too small; the return value says how
/// much is needed.
#define CICU_BUFFER_OVERFLOW 15

/// The kind of segmentation a breaker performs.
typedef enum cicu_break_kind {
    CICU_BREAK_WORD = 0,
    CICU_BREAK_SENTENCE = 1
} cicu_break_kind;

/// A break iterator bound to a UTF-8 buffer through a UText (no conversion to UTF-16).
typedef struct cicu_breaker cicu_breaker;

/// Opens a word or sentence break iterator for `locale` (`ubrk_open`). Returns NULL and sets
/// `*status` on failure.
cicu_breaker *cicu_breaker_open(cicu_break_kind kind, const char *locale, int32_t *status);

/// Closes the iterator and its UText (`ubrk_close`, `utext_close`).
void cicu_breaker_close(cicu_breaker *breaker);

/// Points the iterator at `length` bytes of UTF-8 (`utext_openUTF8`, `ubrk_setUText`). The bytes
/// must stay alive and unchanged while the iterator is used. Ill-formed sequences read as U+FFFD
/// and keep their byte positions.
void cicu_breaker_set_utf8(cicu_breaker *breaker, const char *bytes, int64_t length, int32_t *status);

/// The next boundary as a byte offset, or -1 at the end (`ubrk_next`).
int32_t cicu_breaker_next(cicu_breaker *breaker);

/// The raw ICU loop: binds `bytes` (UTF-8) and counts the boundaries `ubrk_next` returns, all in
/// C. The ceiling for any tokenizer built on ICU's word breaks; -1 with `status` set on failure.
int64_t cicu_breaker_count_utf8(cicu_breaker *breaker, const char *bytes, int64_t length, int32_t *status);

/// The rule status of the segment that ends at the current boundary (`ubrk_getRuleStatus`).
/// For word breaks: 0..<100 none (spaces, punctuation), 100..<200 number, 200..<300 letter,
/// 300..<400 kana, 400..<500 ideographic.
int32_t cicu_breaker_rule_status(cicu_breaker *breaker);

/// Copies the iterator's compiled rules into `buffer` (`ubrk_getBinaryRules`) and returns their
/// length; with a NULL buffer (or one too small) returns the length needed. Two iterators with
/// equal binary rules break every text the same way. -1 with `status` set on failure.
int32_t cicu_breaker_binary_rules(cicu_breaker *breaker, uint8_t *buffer, int32_t capacity, int32_t *status);

/// The code point's Sentence_Break property (`u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)`):
/// 0 Other, 1 ATerm, 2 Close, 3 Format, 4 Lower, 5 Numeric, 6 OLetter, 7 Sep, 8 Sp, 9 STerm,
/// 10 Upper, 11 CR, 12 Extend, 13 LF, 14 SContinue (ICU's `USentenceBreak`).
int32_t cicu_sentence_break(int32_t codePoint);

/// A reusable NFKC_Casefold normalizer with its own UTF-16 scratch buffers.
typedef struct cicu_folder cicu_folder;

/// Opens the NFKC_Casefold normalizer (`unorm2_getNFKCCasefoldInstance`).
cicu_folder *cicu_folder_open(int32_t *status);

/// Frees the folder's scratch buffers (the ICU instance itself is shared and not owned).
void cicu_folder_close(cicu_folder *folder);

/// Applies NFKC + full case folding to `length` bytes of UTF-8 and writes UTF-8 to `dest`
/// (`u_strFromUTF8WithSub`, `unorm2_normalize`, `u_strToUTF8`). Ill-formed input reads as
/// U+FFFD. Returns the output length in bytes; when it exceeds `capacity`, `*status` is
/// `CICU_BUFFER_OVERFLOW` and the call should be repeated with a larger buffer.
int32_t cicu_folder_fold_utf8(cicu_folder *folder, const char *src, int32_t length,
                              char *dest, int32_t capacity, int32_t *status);

/// The general category of a code point as ICU's `UCharCategory` value (`u_charType`).
int32_t cicu_char_type(int32_t codePoint);

/// Whether a code point starts an emoji: Extended_Pictographic, Emoji_Presentation or
/// Regional_Indicator (`u_hasBinaryProperty`).
int cicu_is_emoji_start(int32_t codePoint);

/// Whether a code point is White_Space (`u_isUWhiteSpace`).
int cicu_is_white_space(int32_t codePoint);

/// A readable name for a status code (`u_errorName`).
const char *cicu_error_name(int32_t status);

/// The ICU version this binary runs with, e.g. "72.1" (`u_getVersion`). `buffer` needs 20 bytes.
void cicu_version(char *buffer);

#ifdef __cplusplus
}
#endif

#endif
