#pragma once

#include <QDialog>

class QTextBrowser;

namespace supolka {

// Help ▸ Supolka manual (F1): the manual built into the program, in the UI language (English where there is none),
// in a window of its own that can stay open beside the main one.
class ManualDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ManualDialog(QWidget *parent = nullptr);

    // The manual's Markdown in `language` ("be", "ru", "en"), or the English one.
    static QString text(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTextBrowser *m_browser = nullptr;
};

} // namespace supolka
