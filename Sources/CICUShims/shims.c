#include "CICUShims.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

struct cicu_breaker {
    UBreakIterator *iterator;
    UText *text;
};

cicu_breaker *cicu_breaker_open(cicu_break_kind kind, const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIteratorType type = kind == CICU_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &code);
    if (U_FAILURE(code)) {
        *status = code;
        return NULL;
    }
    cicu_breaker *breaker = calloc(1, sizeof(cicu_breaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    *status = U_ZERO_ERROR;
    return breaker;
}

void cicu_breaker_close(cicu_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    if (breaker->text != NULL) utext_close(breaker->text);
    free(breaker);
}

void cicu_breaker_set_utf8(cicu_breaker *breaker, const char *bytes, int64_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    // Reusing the UText keeps this call free of heap allocation after the first document.
    breaker->text = utext_openUTF8(breaker->text, bytes, length, &code);
    if (U_SUCCESS(code)) ubrk_setUText(breaker->iterator, breaker->text, &code);
    *status = code;
}

int32_t cicu_breaker_next(cicu_breaker *breaker) {
    return ubrk_next(breaker->iterator);
}

int64_t cicu_breaker_count_utf8(cicu_breaker *breaker, const char *bytes, int64_t length, int32_t *status) {
    cicu_breaker_set_utf8(breaker, bytes, length, status);
    if (U_FAILURE((UErrorCode)*status)) return -1;
    int64_t boundaries = 0;
    while (ubrk_next(breaker->iterator) != UBRK_DONE) boundaries += 1;
    return boundaries;
}

int32_t cicu_breaker_rule_status(cicu_breaker *breaker) {
    return ubrk_getRuleStatus(breaker->iterator);
}

int32_t cicu_breaker_binary_rules(cicu_breaker *breaker, uint8_t *buffer, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t length = ubrk_getBinaryRules(breaker->iterator, buffer, buffer == NULL ? 0 : capacity, &code);
    if (code == U_BUFFER_OVERFLOW_ERROR) code = U_ZERO_ERROR;
    *status = code;
    return U_FAILURE(code) ? -1 : length;
}

struct cicu_folder {
    const UNormalizer2 *normalizer;
    UChar *source;
    int32_t sourceCapacity;
    UChar *folded;
    int32_t foldedCapacity;
};

cicu_folder *cicu_folder_open(int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = unorm2_getNFKCCasefoldInstance(&code);
    if (U_FAILURE(code)) {
        *status = code;
        return NULL;
    }
    cicu_folder *folder = calloc(1, sizeof(cicu_folder));
    if (folder == NULL) {
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    folder->normalizer = normalizer;
    *status = U_ZERO_ERROR;
    return folder;
}

void cicu_folder_close(cicu_folder *folder) {
    if (folder == NULL) return;
    free(folder->source);
    free(folder->folded);
    free(folder);
}

static int ensure_capacity(UChar **buffer, int32_t *capacity, int32_t needed) {
    if (*capacity >= needed) return 1;
    int32_t grown = needed < 64 ? 64 : needed * 2;
    UChar *resized = realloc(*buffer, (size_t)grown * sizeof(UChar));
    if (resized == NULL) return 0;
    *buffer = resized;
    *capacity = grown;
    return 1;
}

int32_t cicu_folder_fold_utf8(cicu_folder *folder, const char *src, int32_t length,
                              char *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    // UTF-8 never needs more UTF-16 units than it has bytes.
    if (!ensure_capacity(&folder->source, &folder->sourceCapacity, length + 1)) {
        *status = U_MEMORY_ALLOCATION_ERROR;
        return 0;
    }
    int32_t sourceLength = 0;
    u_strFromUTF8WithSub(folder->source, folder->sourceCapacity, &sourceLength, src, length,
                         0xFFFD, NULL, &code);
    if (U_FAILURE(code)) {
        *status = code;
        return 0;
    }
    int32_t foldedLength;
    for (;;) {
        code = U_ZERO_ERROR;
        foldedLength = unorm2_normalize(folder->normalizer, folder->source, sourceLength,
                                        folder->folded, folder->foldedCapacity, &code);
        if (code != U_BUFFER_OVERFLOW_ERROR) break;
        if (!ensure_capacity(&folder->folded, &folder->foldedCapacity, foldedLength + 1)) {
            *status = U_MEMORY_ALLOCATION_ERROR;
            return 0;
        }
    }
    if (U_FAILURE(code)) {
        *status = code;
        return 0;
    }
    int32_t destLength = 0;
    code = U_ZERO_ERROR;
    u_strToUTF8WithSub(dest, capacity, &destLength, folder->folded, foldedLength, 0xFFFD, NULL, &code);
    *status = code == U_STRING_NOT_TERMINATED_WARNING ? U_ZERO_ERROR : code;
    return destLength;
}

int32_t cicu_sentence_break(int32_t codePoint) {
    return u_getIntPropertyValue(codePoint, UCHAR_SENTENCE_BREAK);
}

int32_t cicu_char_type(int32_t codePoint) {
    return (int32_t)u_charType(codePoint);
}

int cicu_is_emoji_start(int32_t codePoint) {
    return u_hasBinaryProperty(codePoint, UCHAR_EXTENDED_PICTOGRAPHIC)
        || u_hasBinaryProperty(codePoint, UCHAR_EMOJI_PRESENTATION)
        || u_hasBinaryProperty(codePoint, UCHAR_REGIONAL_INDICATOR);
}

int cicu_is_white_space(int32_t codePoint) {
    return u_isUWhiteSpace(codePoint);
}

const char *cicu_error_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}

void cicu_version(char *buffer) {
    UVersionInfo version;
    u_getVersion(version);
    u_versionToString(version, buffer);
}
