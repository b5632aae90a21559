#pragma once

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "models/core/result.h"

namespace supolka {

// What a table over many stored rows has in common, whatever it shows: the order of every row (one pk a row, read
// from an index), which of them the filters let through (a mask by pk), and the rows shown — the order through the
// mask. The rows themselves are read a page at a time as they are shown (RowPages). Rows that are selected or
// current keep following their pk when the order, the filters or the data change.
class WindowedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;

    qint64 pkAt(int row) const;   // 0 when out of range
    int rowOfPk(qint64 pk) const; // -1 when not shown
    // Rows in the order, whatever the filters.
    int totalCount() const { return int(m_order.size()); }
    // Why the last read failed (a locked or damaged database); empty when it did not.
    const QString &error() const { return m_error; }

signals:
    // A read failed: the table shows what it had, and this says why.
    void readFailed(const QString &message);

protected:
    using Mask = std::optional<std::vector<bool>>; // by pk; nullopt = every row
    // Shows `order` through `mask` (each nullopt: as before). The pages read so far go (forgetRows()).
    void show(std::optional<std::vector<qint64>> order, std::optional<Mask> mask);
    // Says that a read failed, once for the same message.
    void fail(const QString &message) const;
    // The pks of the rows shown.
    const std::vector<qint64> &shownPks() const { return m_pks; }
    // Forgets every row read: they are read again as they are shown.
    virtual void forgetRows() = 0;

private:
    std::vector<qint64> m_order;
    Mask m_mask;
    std::vector<qint64> m_pks;
    mutable QString m_error;
};

// The rows of a WindowedTableModel read so far: pages of PageSize rows, the PagesKept used last, so that a table of
// a million rows keeps a few hundred kilobytes. `Row` is what the model keeps of a row; a row that could not be read
// (gone since the order was read) is nullopt, and shown empty — never as another.
template <typename Row> class RowPages final
{
public:
    static constexpr int PageSize = 128;
    // Several screens of rows around what is shown.
    static constexpr int PagesKept = 24;
    // Reads the rows of these pks, one entry a pk in the same order.
    using Reader = std::function<Result<std::vector<std::optional<Row>>>(const std::vector<qint64> &pks)>;

    // The row shown at `row` of `pks`, read with its page when it is not kept; nullptr when it could not be read
    // (`error` then says why, when the read failed).
    const Row *at(int row, const std::vector<qint64> &pks, const Reader &read, QString &error) const
    {
        if (row < 0 || size_t(row) >= pks.size())
            return nullptr;
        const int number = row / PageSize;
        auto page = m_pages.find(number);
        if (page == m_pages.end()) {
            const size_t first = size_t(number) * PageSize;
            const std::vector<qint64> pagePks(pks.cbegin() + qsizetype(first),
                                              pks.cbegin() + qsizetype(std::min(pks.size(), first + PageSize)));
            Result<std::vector<std::optional<Row>>> rows = read(pagePks);
            if (!rows) {
                error = rows.error();
                return nullptr;
            }
            if (m_pages.size() >= PagesKept) {
                const auto oldest = std::min_element(m_pages.cbegin(), m_pages.cend(),
                                                     [](const Page &a, const Page &b) { return a.used < b.used; });
                m_pages.erase(oldest);
            }
            page = m_pages.insert(number, Page{std::move(rows).value(), 0});
        }
        page->used = ++m_useCounter;
        const size_t at = size_t(row % PageSize);
        return at < page->rows.size() && page->rows[at] ? &*page->rows[at] : nullptr;
    }

    void clear() { m_pages.clear(); }

    // What a Reader returns: the records read for `pks` (in their order, those gone left out), each made into a Row
    // (`make`) at the place of its pk (`pkOf`); a pk whose record is gone stays empty.
    template <typename Record, typename PkOf, typename Make>
    static std::vector<std::optional<Row>> aligned(const std::vector<qint64> &pks, QList<Record> read, PkOf pkOf,
                                                   Make make)
    {
        std::vector<std::optional<Row>> rows(pks.size());
        qsizetype next = 0;
        for (size_t i = 0; i < pks.size() && next < read.size(); ++i) {
            if (pkOf(read.at(next)) == pks[i])
                rows[i] = make(std::move(read[next++]));
        }
        return rows;
    }

private:
    struct Page
    {
        std::vector<std::optional<Row>> rows;
        quint64 used = 0;
    };
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useCounter = 0;
};

} // namespace supolka
