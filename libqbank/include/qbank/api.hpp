#pragma once
// QBANK_EXPORT marks the declarations that libqbank.so exports; everything else in the library is hidden.

#if defined(_WIN32)
#define QBANK_EXPORT
#else
#define QBANK_EXPORT [[gnu::visibility("default")]]
#endif
