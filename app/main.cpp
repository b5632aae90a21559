#include <memory>

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

#include "models/db/database.h"
#include "models/i18n/languages.h"
#include "views/mainwindow.h"

int main(int argc, char *argv[])
{
    using namespace supolka;
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Supolka"));
    QCoreApplication::setApplicationName(QStringLiteral("Supolka"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUPOLKA_VERSION));

    Languages languages;
    languages.apply(Languages::systemDefault());

    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QStringLiteral("--version"))) {
        QTextStream(stdout) << "supolka " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }

    auto database = Database::open(QString());
    if (!database) {
        QMessageBox::critical(nullptr, QObject::tr("Supolka"), database.error());
        return 3;
    }
    MainWindow window(*database.value(), languages);
    window.show();
    return QApplication::exec();
}
