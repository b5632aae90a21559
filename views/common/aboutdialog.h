#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace supolka {

// Help ▸ About Supolka: the logo, the version, what the program is for, its licence (the whole text a click away),
// its website, and where this computer keeps the database.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const QString &databasePath, QWidget *parent = nullptr);

    static QString licenceName();
    // The licence's whole text, built into the program.
    static QString licenceText();
    static QString website();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showLicence();

    QString m_databasePath;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_licence = nullptr;
    QLabel *m_website = nullptr;
    QLabel *m_database = nullptr;
    QLabel *m_built = nullptr;
    QPushButton *m_licenceButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace supolka
