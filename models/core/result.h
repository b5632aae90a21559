#pragma once

#include <optional>
#include <utility>

#include <QString>

namespace supolka {

// What a fallible call in models/ hands back: a value, or an error message already translated for people.
template <typename T> class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}

    static Result failure(QString message)
    {
        Result result;
        result.m_error.swap(message);
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T value_or(T fallback) const & { return m_value ? *m_value : std::move(fallback); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const QString &error() const { return m_error; }

private:
    Result() = default;

    std::optional<T> m_value;
    QString m_error;
};

// A call that gives nothing back but can fail.
class [[nodiscard]] Status final
{
public:
    Status() = default;
    static Status failure(QString message)
    {
        Status status;
        status.m_failed = true;
        status.m_error.swap(message);
        return status;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace supolka
