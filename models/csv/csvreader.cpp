#include "models/csv/csvreader.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <deque>

#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace supolka {

namespace {

// Bytes read from the device at a time; grows when one record does not fit.
constexpr qsizetype BlockSize = 256 * 1024;
// How much of the start of the file encoding and delimiter detection look at.
constexpr qsizetype SampleSize = 64 * 1024;

enum class Encoding { Undecided, Utf8, Utf16Le, Utf16Be, Windows1251 };

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Undecided:
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16Be:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1251:
        return QStringLiteral("Windows-1251");
    }
    return {};
}

std::optional<Encoding> encodingFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (key == u"utf8")
        return Encoding::Utf8;
    if (key == u"utf16le" || key == u"utf16")
        return Encoding::Utf16Le;
    if (key == u"utf16be")
        return Encoding::Utf16Be;
    if (key == u"windows1251" || key == u"cp1251" || key == u"win1251")
        return Encoding::Windows1251;
    return std::nullopt;
}

// Windows-1251, bytes 0x80..0xFF. 0x98 has no character (0 here).
constexpr std::array<char16_t, 128> Cp1251High = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F, // 0x88
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x0000, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, // 0x98
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, // 0xA0
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, // 0xA8
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, // 0xB0
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, // 0xB8
    0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, // 0xC0
    0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F, // 0xC8
    0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427, // 0xD0
    0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F, // 0xD8
    0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437, // 0xE0
    0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, // 0xE8
    0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447, // 0xF0
    0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F, // 0xF8
};

constexpr uchar Cp1251Undefined = 0x98;

// Stands in the decoded text for bytes that could not be decoded (U+FFFF is no character, so no file can mean it).
constexpr char16_t BadBytesMark = 0xFFFF;
// U+FFFD, what a program writes where it could not save a character.
constexpr char16_t LostCharacter = 0xFFFD;

void appendWindows1251(QString &text, const uchar *bytes, qsizetype size)
{
    const qsizetype old = text.size();
    text.resize(old + size);
    QChar *out = text.data() + old;
    for (qsizetype i = 0; i < size; ++i) {
        const uchar b = bytes[i];
        out[i] = QChar(b < 0x80 ? char16_t(b) : Cp1251High[b - 0x80]);
    }
}

// The length of the longest prefix of `data` made of whole, valid UTF-8 sequences. `*invalid` is set when it ends
// at a sequence that can never be valid; otherwise it ends at the end or before an incomplete last sequence.
qsizetype validUtf8Prefix(const uchar *data, qsizetype size, bool *invalid)
{
    *invalid = false;
    qsizetype i = 0;
    while (i < size) {
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, data + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const uchar lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int trail = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            trail = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            trail = 2;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            trail = 3;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F; // nothing above U+10FFFF
        } else {
            *invalid = true;
            return i;
        }
        for (int k = 1; k <= trail; ++k) {
            if (i + k >= size)
                return i;
            const uchar b = data[i + k];
            const uchar min = k == 1 ? low : uchar(0x80);
            const uchar max = k == 1 ? high : uchar(0xBF);
            if (b < min || b > max) {
                *invalid = true;
                return i;
            }
        }
        i += trail + 1;
    }
    return i;
}

bool isAscii(const uchar *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] >= 0x80)
            return false;
    }
    return true;
}

// What the bytes say about UTF-8: how many multi-byte sequences are valid, and how many bytes start none. An
// incomplete sequence at the end counts for neither.
struct Utf8Evidence
{
    qsizetype valid = 0;
    qsizetype invalid = 0;

    // Text in Windows-1251 forms a valid pair now and then (В followed by і is C2 B3), but far more often not;
    // UTF-8 with a few damaged bytes is valid almost everywhere. "Mostly valid" is four in five.
    bool mostlyValid() const { return valid > 0 && valid >= 4 * invalid; }
    bool any() const { return valid + invalid > 0; }
};

Utf8Evidence utf8Evidence(const uchar *data, qsizetype size)
{
    Utf8Evidence evidence;
    qsizetype i = 0;
    while (i < size) {
        bool invalid = false;
        const qsizetype start = i;
        i += validUtf8Prefix(data + i, size - i, &invalid);
        for (qsizetype k = start; k < i; ++k) {
            if (data[k] >= 0xC0)
                ++evidence.valid; // a lead byte of a valid sequence
        }
        if (!invalid)
            break;
        ++evidence.invalid;
        ++i;
    }
    return evidence;
}

// UTF-16 without a BOM shows itself by zero bytes, all on the same side of each 16-bit unit.
std::optional<Encoding> detectBomlessUtf16(const uchar *data, qsizetype size)
{
    const qsizetype units = size / 2;
    if (units < 2)
        return std::nullopt;
    qsizetype zeroFirst = 0;
    qsizetype zeroSecond = 0;
    for (qsizetype i = 0; i < units; ++i) {
        zeroFirst += data[2 * i] == 0;
        zeroSecond += data[2 * i + 1] == 0;
    }
    // Commas, spaces and digits give every line of real UTF-16 text several; one stray NUL is damage, not UTF-16.
    const qsizetype needed = qMax<qsizetype>(2, units / 20);
    if (zeroSecond >= needed && zeroFirst == 0)
        return Encoding::Utf16Le;
    if (zeroFirst >= needed && zeroSecond == 0)
        return Encoding::Utf16Be;
    return std::nullopt;
}

QString hexBytes(const QByteArray &bytes)
{
    QStringList parts;
    for (const char c : bytes)
        parts.append(QStringLiteral("0x") + QString::number(uchar(c), 16).toUpper().rightJustified(2, u'0'));
    return parts.join(QLatin1Char(' '));
}

bool isFieldEnd(char16_t c, char16_t delimiter)
{
    return c == delimiter || c == u'\n' || c == u'\r';
}

// The delimiter that splits the sample's whole records into the most consistent number of fields (more than one).
QChar detectDelimiter(QStringView sample, bool complete)
{
    QChar best(u',');
    double bestScore = 0;
    qsizetype bestFields = 0;
    for (const char16_t delimiter : {u',', u';', u'\t'}) {
        QList<qsizetype> counts;
        bool inQuotes = false;
        bool content = false;
        qsizetype fields = 1;
        const qsizetype n = sample.size();
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = sample[i].unicode();
            if (c == u'"') {
                inQuotes = !inQuotes;
                content = true;
            } else if (inQuotes) {
                continue;
            } else if (c == u'\r' || c == u'\n') {
                if (c == u'\r' && i + 1 < n && sample[i + 1].unicode() == u'\n')
                    ++i;
                if (content)
                    counts.append(fields);
                fields = 1;
                content = false;
            } else {
                content = true;
                if (c == delimiter)
                    ++fields;
            }
        }
        if (complete && content && !inQuotes)
            counts.append(fields);
        if (counts.isEmpty() || counts.first() < 2)
            continue;
        const qsizetype header = counts.first();
        const auto same = std::count(counts.cbegin(), counts.cend(), header);
        const double score = double(same) / double(counts.size());
        if (score > bestScore || (score == bestScore && header > bestFields)) {
            best = QChar(delimiter);
            bestScore = score;
            bestFields = header;
        }
    }
    return best;
}

} // namespace

std::optional<QString> decodeWindows1251(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    if (std::memchr(data, Cp1251Undefined, size_t(bytes.size())))
        return std::nullopt;
    QString text;
    appendWindows1251(text, data, bytes.size());
    return text;
}

class CsvReader::Private final
{
public:
    enum class Outcome { Record, NeedMore, End, Error };

    Private(QIODevice *device, const CsvFormat &forced);

    void start(const CsvFormat &forced);
    void readMore(qsizetype size);
    void decode();
    void fill();
    Outcome parse(CsvRecord &record);
    Outcome fail(qint64 line, int column, const QString &message);
    void appendMarker(const uchar *bytes, qsizetype size);
    void appendUtf8(const uchar *bytes, qsizetype size);
    void markLostCharacters(qsizetype from);
    void markRecord(CsvRecord &record);
    QString lostCharacterMessage(int column) const;
    // A NUL byte in a cell (a damaged file, or a binary one) makes the record a problem; the NUL becomes "�".
    void markNulBytes(CsvRecord &record) const;
    QString badBytesMessage(int column, const QString &bytes) const;
    void setEncoding(Encoding encoding);

    QIODevice *m_device;
    CsvFormat m_format;
    Encoding m_encoding = Encoding::Undecided;
    QByteArray m_raw; // read, not decoded yet
    QString m_text;   // decoded; parsing continues at m_pos
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    qsizetype m_readSize = BlockSize;
    qsizetype m_lastFieldCount = 0;
    bool m_deviceEnd = false;
    bool m_textComplete = false; // no more text will be appended: the end of the input
    // Bytes that could not be decoded stand in the text as BadBytesMark, one per damaged sequence; their bytes
    // ("0xC3 0x28") wait here, in the same order, for the record that holds the mark.
    std::deque<QString> m_badBytes;
    bool m_marked = false;          // the text has held a mark or a lost character: records are checked for them
    bool m_delimitersAlone = false; // the last record was a line of unquoted delimiters and nothing else
    bool m_failed = false;
    CsvIssue m_error;
    std::optional<QStringDecoder> m_cp1251Decoder;
};

CsvReader::Private::Private(QIODevice *device, const CsvFormat &forced)
    : m_device(device)
{
    start(forced);
}

void CsvReader::Private::setEncoding(Encoding encoding)
{
    m_encoding = encoding;
    m_format.encoding = encodingName(encoding);
    if (encoding == Encoding::Windows1251 && !m_cp1251Decoder) {
        // Qt decodes Windows-1251 only when built with ICU; the own table stands in otherwise.
        m_cp1251Decoder.emplace("windows-1251", QStringDecoder::Flag::Stateless);
        if (!m_cp1251Decoder->isValid())
            m_cp1251Decoder.reset();
    }
}

void CsvReader::Private::start(const CsvFormat &forced)
{
    if (!m_device || !m_device->isReadable()) {
        m_textComplete = true;
        fail(0, 0, tr("The data could not be read: it is not open for reading."));
        return;
    }
    std::optional<Encoding> forcedEncoding;
    if (!forced.encoding.isEmpty()) {
        forcedEncoding = encodingFromName(forced.encoding);
        if (!forcedEncoding) {
            m_textComplete = true;
            fail(0, 0,
                 tr("Supolka does not know the encoding “%1”. Choose UTF-8, UTF-16LE, UTF-16BE or Windows-1251.")
                     .arg(forced.encoding));
            return;
        }
    }

    readMore(BlockSize);
    if (m_failed)
        return;

    const auto *data = reinterpret_cast<const uchar *>(m_raw.constData());
    const qsizetype size = m_raw.size();
    std::optional<Encoding> bomEncoding;
    qsizetype bomSize = 0;
    if (size >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) {
        bomEncoding = Encoding::Utf8;
        bomSize = 3;
    } else if (size >= 2 && data[0] == 0xFF && data[1] == 0xFE) {
        bomEncoding = Encoding::Utf16Le;
        bomSize = 2;
    } else if (size >= 2 && data[0] == 0xFE && data[1] == 0xFF) {
        bomEncoding = Encoding::Utf16Be;
        bomSize = 2;
    }

    Encoding encoding = Encoding::Undecided;
    if (forcedEncoding) {
        encoding = *forcedEncoding;
    } else if (bomEncoding) {
        encoding = *bomEncoding;
    } else if (auto utf16 = detectBomlessUtf16(data, qMin(size, SampleSize))) {
        encoding = *utf16;
    } else {
        const qsizetype sampleSize = qMin(size, SampleSize);
        if (const Utf8Evidence evidence = utf8Evidence(data, sampleSize); evidence.any())
            encoding = evidence.mostlyValid() ? Encoding::Utf8 : Encoding::Windows1251;
        else if (!isAscii(data, sampleSize))
            encoding = Encoding::Utf8; // only an incomplete sequence at the very end of the sample
        // else: all ASCII so far, decided at the first bytes that are not
    }
    if (bomEncoding && bomEncoding == encoding) {
        m_format.bom = true;
        m_raw.remove(0, bomSize);
    }
    setEncoding(encoding);
    decode();

    if (!forced.delimiter.isNull()) {
        m_format.delimiter = forced.delimiter;
    } else {
        const QStringView sample = QStringView(m_text).left(SampleSize);
        m_format.delimiter = detectDelimiter(sample, m_textComplete && sample.size() == m_text.size());
    }
}

void CsvReader::Private::readMore(qsizetype size)
{
    if (m_deviceEnd)
        return;
    const qsizetype old = m_raw.size();
    m_raw.resize(old + size);
    qsizetype got = 0;
    while (got < size) {
        const qint64 n = m_device->read(m_raw.data() + old + got, size - got);
        if (n < 0) {
            m_raw.resize(old + got);
            m_deviceEnd = true;
            m_textComplete = true;
            fail(m_line, 0, tr("The data could not be read: %1").arg(m_device->errorString()));
            return;
        }
        if (n == 0) {
            m_deviceEnd = true;
            break;
        }
        got += n;
    }
    m_raw.resize(old + got);
    m_bytesRead += got;
}

void CsvReader::Private::appendMarker(const uchar *bytes, qsizetype size)
{
    m_text.append(QChar(BadBytesMark));
    m_badBytes.push_back(hexBytes(QByteArray(reinterpret_cast<const char *>(bytes), int(qMin<qsizetype>(size, 4)))));
    m_marked = true;
}

void CsvReader::Private::appendUtf8(const uchar *bytes, qsizetype size)
{
    if (size <= 0)
        return;
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const qsizetype old = m_text.size();
    m_text.resize(old + decoder.requiredSpace(size));
    QChar *end = decoder.appendToBuffer(m_text.data() + old, QByteArrayView(bytes, size));
    m_text.resize(end - m_text.constData());
    markLostCharacters(old);
}

void CsvReader::Private::markLostCharacters(qsizetype from)
{
    // U+FFFD in the file marks a character some program lost when it saved the file; U+FFFF is no character at all
    // and stands here for bytes that could not be decoded: in the file itself it is taken as a lost character.
    QChar *const text = m_text.data();
    for (qsizetype i = from; i < m_text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == BadBytesMark || c == LostCharacter) {
            text[i] = QChar(LostCharacter);
            m_marked = true;
        }
    }
}

void CsvReader::Private::decode()
{
    const auto *data = reinterpret_cast<const uchar *>(m_raw.constData());
    const qsizetype size = m_raw.size();
    qsizetype used = 0;

    if (m_encoding == Encoding::Undecided) {
        // Everything so far was ASCII, the same in UTF-8 and Windows-1251; the bytes from the first other one on
        // decide, as at the start of the file.
        qsizetype ascii = 0;
        while (ascii < size && data[ascii] < 0x80)
            ++ascii;
        m_text.append(QLatin1StringView(m_raw.constData(), ascii));
        used = ascii;
        if (ascii < size) {
            const Utf8Evidence evidence = utf8Evidence(data + ascii, size - ascii);
            if (evidence.any())
                setEncoding(evidence.mostlyValid() ? Encoding::Utf8 : Encoding::Windows1251);
            else if (m_deviceEnd)
                setEncoding(Encoding::Windows1251); // a lone lead byte at the very end
        }
    }

    switch (m_encoding) {
    case Encoding::Undecided:
        break;
    case Encoding::Utf8: {
        // Bytes that are not UTF-8 become one mark per damaged sequence; the record that holds it is reported and
        // the rest of the file is read on.
        for (;;) {
            bool invalid = false;
            const qsizetype valid = used + validUtf8Prefix(data + used, size - used, &invalid);
            appendUtf8(data + used, valid - used);
            used = valid;
            if (!invalid)
                break;
            const qsizetype start = used++;
            while (used < size && used - start < 4 && data[used] >= 0x80 && data[used] <= 0xBF)
                ++used;
            appendMarker(data + start, used - start);
        }
        if (m_deviceEnd && used < size) { // a sequence cut off by the end of the file
            appendMarker(data + used, size - used);
            used = size;
        }
        break;
    }
    case Encoding::Utf16Le:
    case Encoding::Utf16Be: {
        const bool little = m_encoding == Encoding::Utf16Le;
        const qsizetype units = (size - used) / 2;
        const uchar *in = data + used;
        qsizetype i = 0;
        auto unitAt = [in, little](qsizetype k) {
            return little ? char16_t(in[2 * k] | (in[2 * k + 1] << 8)) : char16_t((in[2 * k] << 8) | in[2 * k + 1]);
        };
        while (i < units) {
            const char16_t u = unitAt(i);
            if (QChar::isHighSurrogate(u)) {
                if (i + 1 == units && !m_deviceEnd)
                    break; // its pair is in the next block
                if (i + 1 < units && QChar::isLowSurrogate(unitAt(i + 1))) {
                    m_text.append(QChar(u));
                    m_text.append(QChar(unitAt(i + 1)));
                    i += 2;
                    continue;
                }
                appendMarker(in + 2 * i, 2);
                ++i;
                continue;
            }
            if (QChar::isLowSurrogate(u)) {
                appendMarker(in + 2 * i, 2);
                ++i;
                continue;
            }
            // A U+FFFF of the file's own is taken as a lost character, so that every mark has its bytes.
            m_text.append(QChar(u == BadBytesMark ? LostCharacter : u));
            m_marked = m_marked || u == BadBytesMark || u == LostCharacter;
            ++i;
        }
        used += 2 * i;
        if (m_deviceEnd && used < size) { // an odd byte at the end
            appendMarker(data + used, size - used);
            used = size;
        }
        break;
    }
    case Encoding::Windows1251: {
        for (;;) {
            const void *undefined = std::memchr(data + used, Cp1251Undefined, size_t(size - used));
            const qsizetype valid = undefined ? static_cast<const uchar *>(undefined) - data : size;
            if (m_cp1251Decoder) {
                const qsizetype old = m_text.size();
                m_text.resize(old + m_cp1251Decoder->requiredSpace(valid - used));
                QChar *end =
                    m_cp1251Decoder->appendToBuffer(m_text.data() + old, QByteArrayView(data + used, valid - used));
                m_text.resize(end - m_text.constData());
            } else {
                appendWindows1251(m_text, data + used, valid - used);
            }
            used = valid;
            if (!undefined)
                break;
            appendMarker(data + used, 1);
            ++used;
        }
        break;
    }
    }

    m_raw.remove(0, used);
    if (m_deviceEnd && m_raw.isEmpty())
        m_textComplete = true;
}

void CsvReader::Private::markRecord(CsvRecord &record)
{
    for (qsizetype column = 0; column < record.fields.size(); ++column) {
        QString &field = record.fields[column];
        bool lost = false;
        QString bytes;
        for (QChar &c : field) {
            if (c.unicode() == BadBytesMark) {
                if (bytes.isEmpty() && !m_badBytes.empty())
                    bytes = m_badBytes.front();
                if (!m_badBytes.empty())
                    m_badBytes.pop_front();
                c = QChar(LostCharacter);
            } else if (c.unicode() == LostCharacter) {
                lost = true;
            }
        }
        if (record.hasProblem() || (bytes.isEmpty() && !lost))
            continue;
        record.problem.line = record.line;
        record.problem.column = int(column) + 1;
        record.problem.message =
            bytes.isEmpty() ? lostCharacterMessage(int(column) + 1) : badBytesMessage(int(column) + 1, bytes);
    }
}

void CsvReader::Private::fill()
{
    if (m_textComplete)
        return;
    // A record longer than what is buffered: read ever larger blocks so that re-parsing it stays linear.
    if (m_pos == 0 && !m_text.isEmpty())
        m_readSize *= 2;
    m_text.remove(0, m_pos);
    m_pos = 0;
    const qsizetype before = m_text.size();
    do {
        readMore(m_readSize);
        decode();
    } while (!m_textComplete && m_text.size() == before);
}

void CsvReader::Private::markNulBytes(CsvRecord &record) const
{
    for (qsizetype column = 0; column < record.fields.size(); ++column) {
        QString &field = record.fields[column];
        if (!field.contains(QChar(u'\0')))
            continue;
        field.replace(QChar(u'\0'), QChar(LostCharacter));
        if (record.hasProblem())
            continue;
        record.problem.line = record.line;
        record.problem.column = int(column) + 1;
        record.problem.message = tr("Column %1 holds a NUL byte, which no text has: the file is damaged there or is "
                                    "not a text file. Correct the file, or export it again from where it came from.")
                                     .arg(column + 1);
    }
}

QString CsvReader::Private::lostCharacterMessage(int column) const
{
    return tr("Column %1 holds “�”, the mark a program leaves where it could not save a character, so a letter is "
              "missing there. Correct the file, or export it again from where it came from.")
        .arg(column);
}

QString CsvReader::Private::badBytesMessage(int column, const QString &bytes) const
{
    switch (m_encoding) {
    case Encoding::Windows1251:
        return tr("Column %1 holds the byte %2, which is no character in Windows-1251. Save the file again as "
                  "“CSV UTF-8”, or choose its encoding.")
            .arg(column)
            .arg(bytes);
    case Encoding::Utf16Le:
    case Encoding::Utf16Be:
        return tr("Column %1 holds bytes that are not valid %2 (%3). Save the file again as “CSV UTF-8”, or "
                  "choose its encoding.")
            .arg(column)
            .arg(m_format.encoding, bytes);
    case Encoding::Undecided:
    case Encoding::Utf8:
        break;
    }
    return tr("Column %1 holds bytes that are not valid UTF-8 (%2). Save the file again as “CSV UTF-8”, or choose "
              "its encoding.")
        .arg(column)
        .arg(bytes);
}

CsvReader::Private::Outcome CsvReader::Private::fail(qint64 line, int column, const QString &message)
{
    m_failed = true;
    m_error.line = line;
    m_error.column = column;
    m_error.message = message;
    return Outcome::Error;
}

CsvReader::Private::Outcome CsvReader::Private::parse(CsvRecord &record)
{
    const QChar *const data = m_text.constData();
    const QChar *const end = data + m_text.size();
    const QChar *p = data + m_pos;
    const char16_t delimiter = m_format.delimiter.unicode();

    // Blank lines between records are skipped; they still count as lines.
    while (p < end && (p->unicode() == u'\n' || p->unicode() == u'\r')) {
        if (p->unicode() == u'\r') {
            if (p + 1 == end && !m_textComplete)
                return Outcome::NeedMore;
            if (p + 1 < end && p[1].unicode() == u'\n')
                ++p;
        }
        ++p;
        ++m_line;
        m_pos = p - data;
    }
    if (p == end) {
        if (!m_textComplete)
            return Outcome::NeedMore;
        return Outcome::End;
    }

    qint64 line = m_line;
    QStringList fields;
    fields.reserve(m_lastFieldCount);
    bool quoted = false;
    for (;;) {
        const int column = int(fields.size()) + 1;
        QString field;
        if (p < end && p->unicode() == u'"') {
            quoted = true;
            const qint64 quoteLine = line;
            ++p;
            const QChar *start = p;
            bool copied = false;
            for (;;) {
                if (p == end) {
                    if (!m_textComplete)
                        return Outcome::NeedMore;
                    return fail(quoteLine, column,
                                tr("The quote (\") that opens column %1 is never closed, so the rest of the file "
                                   "would become one cell. Add the missing quote.")
                                    .arg(column));
                }
                const char16_t c = p->unicode();
                if (c == u'"') {
                    if (p + 1 == end && !m_textComplete)
                        return Outcome::NeedMore;
                    if (p + 1 < end && p[1].unicode() == u'"') {
                        field.append(start, p + 1 - start);
                        copied = true;
                        p += 2;
                        start = p;
                        continue;
                    }
                    break;
                }
                if (c == u'\r') {
                    // A line break inside a cell is kept as \n, whatever the file's line ends are.
                    if (p + 1 == end && !m_textComplete)
                        return Outcome::NeedMore;
                    field.append(start, p - start);
                    field.append(QChar(u'\n'));
                    copied = true;
                    ++p;
                    if (p < end && p->unicode() == u'\n')
                        ++p;
                    start = p;
                    ++line;
                    continue;
                }
                if (c == u'\n')
                    ++line;
                ++p;
            }
            if (copied)
                field.append(start, p - start);
            else
                field = QString(start, p - start);
            ++p;
            // Text after the closing quote is not RFC 4180, but hand-written files have it: it is kept.
            const QChar *rest = p;
            while (p < end && !isFieldEnd(p->unicode(), delimiter))
                ++p;
            if (p == end && !m_textComplete)
                return Outcome::NeedMore;
            if (p != rest)
                field.append(rest, p - rest);
        } else {
            const QChar *start = p;
            while (p < end && !isFieldEnd(p->unicode(), delimiter))
                ++p;
            if (p == end && !m_textComplete)
                return Outcome::NeedMore;
            field = QString(start, p - start);
        }
        fields.append(std::move(field));

        if (p == end)
            break;
        const char16_t c = p->unicode();
        if (c == delimiter) {
            ++p;
            continue;
        }
        if (c == u'\r') {
            if (p + 1 == end && !m_textComplete)
                return Outcome::NeedMore;
            if (p + 1 < end && p[1].unicode() == u'\n')
                ++p;
        }
        ++p;
        ++line;
        break;
    }

    record.fields = std::move(fields);
    record.line = m_line;
    record.problem = {};
    m_delimitersAlone =
        !quoted && record.fields.size() > 1 &&
        std::all_of(record.fields.cbegin(), record.fields.cend(), [](const QString &field) { return field.isEmpty(); });
    if (m_marked)
        markRecord(record);
    if (!record.hasProblem())
        markNulBytes(record);
    m_line = line;
    m_pos = p - data;
    m_lastFieldCount = record.fields.size();
    return Outcome::Record;
}

CsvReader::CsvReader(QIODevice *device, const CsvFormat &forced)
    : d(new Private(device, forced))
{}

CsvReader::~CsvReader()
{
    delete d;
}

const CsvFormat &CsvReader::format() const
{
    return d->m_format;
}

bool CsvReader::readRecord(CsvRecord &record)
{
    while (!d->m_failed) {
        switch (d->parse(record)) {
        case Private::Outcome::Record:
            // A line of delimiters alone (";;;;", as Excel writes below a table) is a blank line.
            if (d->m_delimitersAlone)
                continue;
            return true;
        case Private::Outcome::End:
        case Private::Outcome::Error:
            return false;
        case Private::Outcome::NeedMore:
            d->fill();
            break;
        }
    }
    return false;
}

bool CsvReader::failed() const
{
    return d->m_failed;
}

const CsvIssue &CsvReader::error() const
{
    return d->m_error;
}

qint64 CsvReader::bytesRead() const
{
    return d->m_bytesRead;
}

Result<CsvTable> readCsvDevice(QIODevice *device, const CsvFormat &forced)
{
    if (!device || !device->isReadable())
        return Result<CsvTable>::failure(CsvReader::tr("The data could not be read: it is not open for reading."));
    CsvReader reader(device, forced);
    CsvTable table;
    CsvRecord record;
    bool first = true;
    while (reader.readRecord(record)) {
        if (first) {
            table.header = std::move(record.fields);
            first = false;
            continue;
        }
        if (record.hasProblem())
            table.issues.append(record.problem);
        else if (record.fields.size() != table.header.size())
            table.issues.append(
                {record.line, 0,
                 CsvReader::tr("This row has %n field(s), but the header has %1.", nullptr, int(record.fields.size()))
                     .arg(table.header.size())});
        table.records.append(std::move(record));
    }
    table.format = reader.format();
    if (reader.failed()) {
        table.failed = true;
        table.issues.append(reader.error());
    }
    return table;
}

Result<CsvTable> readCsvFile(const QString &path, const CsvFormat &forced)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<CsvTable>::failure(
            CsvReader::tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return readCsvDevice(&file, forced);
}

} // namespace supolka
