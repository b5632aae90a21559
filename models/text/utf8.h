#pragma once

#include <QByteArray>
#include <QStringView>

namespace supolka::utf8 {

// Appends `text` to `out` in UTF-8, as QString::toUtf8() would write it, without a QByteArray of its own: an
// import encodes millions of short values.
inline void append(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() * 3);
    char *to = out.data() + start;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80) {
            *to++ = char(c);
        } else if (c < 0x800) {
            *to++ = char(0xC0 | (c >> 6));
            *to++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isSurrogate(c)) {
            // Pairs and strays alike are left to Qt, so that the bytes are exactly those of toUtf8().
            out.truncate(start);
            out += text.toUtf8();
            return;
        } else {
            *to++ = char(0xE0 | (c >> 12));
            *to++ = char(0x80 | ((c >> 6) & 0x3F));
            *to++ = char(0x80 | (c & 0x3F));
        }
    }
    out.truncate(to - out.constData());
}

} // namespace supolka::utf8
