<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY" sourcelanguage="en">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Так</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Даведка</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Адкрыць</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Перапыніць</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Ужыць</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Скінуць</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Паўтарыць</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Па змаўчанні</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Прапусціць</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е для ўсіх</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Захаваць усе</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Адкінуць</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Так для &amp;ўсіх</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Адкрыць</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Адкрыць</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Псеўданім</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Дыск</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Паказаць </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» абаронены ад запісу.
Усё роўна выдаліць?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Сапраўды выдаліць «%1»?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Месцы і закладкі</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Назва файла:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Папка з файламі</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Бацькоўская папка</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прыбраць</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Мой камп&apos;ютар</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Шукаць у:</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Стварыць новую папку</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Файл %1</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Тыпы файлаў:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Знайсці папку</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Паказваць &amp;схаваныя файлы</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Захаваць як</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Папка не знойдзена.
Праверце, ці правільна ўказана назва папкі.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Бакавая панэль</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Спіс</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбраць</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Выдаліць</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усе файлы (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Усе файлы (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Папкі</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Перайменаваць</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Не ўдалося выдаліць папку.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невядомы</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ужо існуе.
Замяніць яго?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Наперад</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Наперад</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Перайсці ў бацькоўскую папку</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Нядаўнія месцы</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Паказваць з падрабязнасцямі</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Стварыць папку</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Падрабязны выгляд</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл не знойдзены.
Праверце, ці правільна ўказана назва файла.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Паказваць спісам</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Памер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тып</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Мой камп&apos;ютар</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Камп&apos;ютар</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Недапушчальная назва файла</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Назву «%1» нельга выкарыстаць.&lt;/b&gt;&lt;p&gt;Паспрабуйце іншую назву: карацейшую або без знакаў прыпынку.</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Дата змянення</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Паказаць падрабязнасці...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Пра Qt</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Схаваць падрабязнасці...</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Пра Qt&lt;/h3&gt;&lt;p&gt;Гэтая праграма выкарыстоўвае Qt версіі %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt — гэта інструментарый C++ для распрацоўкі кросплатформавых праграм.&lt;/p&gt;&lt;p&gt;Qt дазваляе з адных і тых жа зыходных тэкстаў збіраць праграмы для ўсіх асноўных настольных аперацыйных сістэм. Ён даступны таксама для ўбудаванага Linux і іншых убудаваных і мабільных аперацыйных сістэм.&lt;/p&gt;&lt;p&gt;Qt даступны на некалькіх умовах ліцэнзавання, разлічаных на патрэбы розных карыстальнікаў.&lt;/p&gt;&lt;p&gt;Qt па нашай камерцыйнай ліцэнзійнай дамове падыходзіць для распрацоўкі прапрыетарных або камерцыйных праграм, калі вы не хочаце дзяліцца зыходным кодам з трэцімі асобамі або іначай не можаце выконваць умовы GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt па ліцэнзіі GNU (L)GPL падыходзіць для распрацоўкі праграм на&amp;nbsp;Qt, калі вы можаце выконваць умовы адпаведных ліцэнзій.&lt;/p&gt;&lt;p&gt;Агляд ліцэнзавання Qt глядзіце на &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd і іншыя аўтары.&lt;/p&gt;&lt;p&gt;Qt і лагатып Qt — гандлёвыя маркі The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt — прадукт The Qt Company Ltd, які распрацоўваецца як праект з адкрытым зыходным кодам. Падрабязней глядзіце на &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Выразаць</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Капіяваць</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Паўтарыць</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Адрабіць</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Уставіць</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Вылучыць усё</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Капіяваць адрас &amp;спасылкі</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Выразаць</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Капіяваць</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Паўтарыць</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Адрабіць</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Уставіць</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Вылучыць усё</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>Крок у&amp;ніз</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Кр&amp;ок уверх</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>Вы&amp;лучыць усё</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Top</source>
        <translation>У самы верх</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Пракруціць уніз</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Пракруціць сюды</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Пракруціць улева</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>У самы ніз</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>На старонку ўверх</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>На старонку ўправа</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Пракруціць уверх</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Пракруціць управа</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Да левага краю</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>На старонку ўніз</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>На старонку ўлева</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Да правага краю</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Redo</source>
        <translation>Паўтарыць</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Адрабіць</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Паўтарыць: %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Адрабіць: %1</translation>
    </message>
</context>
<context>
    <name>QUndoGroup</name>
    <message>
        <source>Redo</source>
        <translation>Паўтарыць</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Адрабіць</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Паўтарыць: %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Адрабіць: %1</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;пуста&gt;</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Увядзіце значэнне:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Пракруціць улева</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Пракруціць управа</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Фатальная памылка:</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>&amp;Паказваць гэтае паведамленне і надалей</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>Крытычная памылка:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Інфармацыя:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>Адладачнае паведамленне:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Папярэджанне:</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Done</source>
        <translation>Гатова</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Даведка</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Да&amp;ведка</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далей</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Пацвердзіць</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Працягнуць</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Завяршыць</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далей &gt;</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Цотныя старонкі</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Параметры &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Параметры &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Злева направа, зверху ўніз</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Справа налева, знізу ўверх</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Запісаць у файл PDF</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Друкаваць</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Параметры «Старонак на аркушы» і «Набор старонак» нельга выкарыстоўваць разам.
Адключыце адзін з іх.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 ужо існуе.
Перапісаць яго?</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Злева направа, знізу ўверх</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Няцотныя старонкі</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Лакальны файл</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>У наладах двухбаковага друку ёсць супярэчнасці. Выправіць іх?</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Друк у файл (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Друк у файл ...</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Няправільна зададзены старонкі</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 мае няправільны сінтаксіс. Аддзяляйце старонкі і дыяпазоны знакам «,», задавайце дыяпазоны праз «-» і сачыце, каб дыяпазоны не перакрываліся.</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Справа налева, зверху ўніз</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Знізу ўверх, злева направа</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Значэнне «з» не можа быць большым за значэнне «па».</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Усе старонкі</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Супярэчнасці ў наладах двухбаковага друку</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 — гэта папка.
Выберыце іншую назву файла.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>У файл %1 нельга запісваць.
Выберыце іншую назву файла.</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Знізу ўверх, справа налева</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Зверху ўніз, злева направа</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Зверху ўніз, справа налева</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>in</source>
        <translation>цал.</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>мм</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>пт</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>ніжняе поле</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Папера</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Крыніца паперы:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>правае поле</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Піка (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Палі</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Адвольны</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Размяшчэнне старонак</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Шырыня:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Арыентацыя</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Дыдо (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Кніжная</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Парадак старонак:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>верхняе поле</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>левае поле</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Памер старонкі:</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Цыцэро (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Перавернутая кніжная</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Міліметры (мм)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Пункты (пт)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Старонак на аркушы:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Цалі (цал.)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Перавернутая альбомная</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Вышыня:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>па</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Адключаны</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Каляровы</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Усе</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Старонкі</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Бягучая старонка</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Вылучанае</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Копіі</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Дыяпазон друку</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Рэжым колеру</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Налады вываду</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Адваротны парадак</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Адценні шэрага</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Раскласці па копіях</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Колькасць копій:</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Пераплёт па кароткім баку</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Укажыце старонкі або дыяпазоны праз коску. Дыяпазон задаецца двума лікамі праз злучок. Напрыклад: пры 3,5-7,9 надрукуюцца старонкі 3, 5, 6, 7 і 9.</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Старонкі з</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Двухбаковы друк</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Набор старонак:</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Пераплёт па доўгім баку</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Папярэдні прагляд друку</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Старонка цалкам</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Павялічыць</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Паменшыць</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Па шырыні</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Кніжная</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Параметры старонкі</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Параметры старонкі</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Паказаць усе старонкі</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Першая старонка</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Апошняя старонка</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Паказаць адну старонку</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Экспарт у PDF</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Папярэдняя старонка</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Наступная старонка</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Паказаць развароты</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тып:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Вывад у &amp;файл:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Уласцівасці</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Прагляд</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Прынтар</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Размяшчэнне:</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Старонка</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Некаторыя параметры супярэчаць адзін аднаму. Выпраўце іх.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Дадаткова</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Супярэчнасці ў дадатковых параметрах</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Параметры задання</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Супярэчнасці ў параметрах старонкі</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Некаторыя дадатковыя параметры супярэчаць адзін аднаму. Выправіць іх?</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Параметры старонкі супярэчаць адзін аднаму. Выправіць іх?</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Уласцівасці прынтара</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Заданне</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>У канцы:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Няма</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Тытульныя старонкі</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Уначы (з 18:00 да 05:59)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>У пэўны час</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Плацежная інфармацыя:</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Адкладзены друк:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Сакрэтна</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Цалкам сакрэтна</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>У пачатку:</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Удзень (з 06:00 да 17:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>У другую змену (з 16:00 да 23:59)</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Кіраванне заданнем</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>У выхадныя (субота і нядзеля)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандартная</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Для службовага карыстання</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>У трэцюю змену (з 00:00 да 07:59)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Адкласці на нявызначаны час</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Друкаваць адразу</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Канфідэнцыйна</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Прыярытэт задання:</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Без грыфа</translation>
    </message>
</context>
</TS>
