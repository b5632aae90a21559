#!/usr/bin/env python3
"""Writes the CSV fixtures byte for byte. Run from this folder: python3 make_fixtures.py"""

from pathlib import Path

HERE = Path(__file__).resolve().parent


def write(name, data):
    (HERE / name).write_bytes(data)


def utf8(text):
    return text.encode("utf-8")


# RFC 4180 edge cases, the same records with three kinds of line ends; no line break after the last record.
edge = [
    'name,comment,city',
    '"Kavalenka, Alena","She said ""hi""",Minsk',
    '"Ціханоўская","line one{nl}line two",Vilnius',
    'Plain,,Warsaw',
]
for suffix, nl in (("crlf", "\r\n"), ("lf", "\n"), ("cr", "\r")):
    write(f"edge_{suffix}.csv", utf8(nl.join(line.replace("{nl}", nl) for line in edge)))

# Excel "CSV UTF-8": BOM, semicolon, CRLF.
write("utf8_bom_semicolon.csv", b"\xef\xbb\xbf" + utf8("first_name;last_name\r\nАлена;Каваленка\r\n"))

# Excel "Unicode Text": UTF-16LE with a BOM, tab-separated.
unicode_text = "Прозвішча\tІмя\tГорад\r\nЦіханоўская\tСвятлана\tВільнюс\r\nБяляцкі\tАлесь\tМінск\r\n"
write("utf16le_bom_tab.txt", b"\xff\xfe" + unicode_text.encode("utf-16-le"))
write("utf16be_bom_comma.csv", b"\xfe\xff" + unicode_text.replace("\t", ",").encode("utf-16-be"))
write("utf16le_nobom_semicolon.csv", unicode_text.replace("\t", ";").encode("utf-16-le"))

# Excel "CSV (comma delimited)" in a Russian locale: Windows-1251, ';', CRLF, quotes only where needed, a bare LF
# inside a quoted cell, a header with a comma, a phone turned into a number, "?" for a character the code page
# lacks.
excel_rows = [
    '№;Фамилия;Имя;Отчество;Дата рождения;Город;Страна;Телефон;E-mail;Дата вступления;"Взнос, EUR";Комментарий;'
    'Согласие',
    '1;Ковалёв;Андрей;Петрович;05.03.1985;Варшава;Польша;3,75291E+11;a.kovalev@example.org;12.01.2021;12,50;'
    '"Юрист; волонтёр";да',
    '2;Cichano?skaja;Sviatlana;;11.09.1982;Vilnius;Литва;+370 600 00000;s.c@example.org;01.09.2020;0;'
    '"первая строка\nвторая строка";нет',
    '3;Бяляцкі;Алесь;;25.09.1962;Мінск;Беларусь;;;;;;так',
]
write("excel_ru_cp1251.csv", "\r\n".join(excel_rows).encode("cp1251") + b"\r\n")

# Google Forms: UTF-8 without BOM, comma, CRLF between records and none after the last one.
google = [
    'Timestamp,Email address,Прозвішча / Фамилия / Surname,Імя / Имя / First name,'
    'Дата нараджэння / Дата рождения / Date of birth,Горад / Город / City,Навыкі / Навыки / Skills',
    '3/14/2021 10:05:33,ales@example.org,Бяляцкі,Алесь,9/25/1962,Вільня,"Юрыст, Праваабаронца"',
    '3/15/2021 9:00:01,volha@example.org,Kavalkova,Volha,12/1/1990,Warszawa,Doctor',
]
write("google_forms.csv", utf8("\r\n".join(google)))

# CiviCRM: every non-empty value quoted, empty ones not; LF inside a note.
civi_header = ["Contact ID", "External Identifier", "Sort Name", "Display Name", "Nickname", "First Name",
               "Middle Name", "Last Name", "Gender", "Birth Date", "Job Title", "Street Address", "City",
               "Postal Code", "Country", "Phone", "Email", "Do Not Email", "Do Not Phone",
               "No Bulk Emails (User Opt Out)", "Group(s)", "Tag(s)", "Note(s)"]
civi_rows = [
    ["17", "", "Kalesnikava, Maryia", "Maryia Kalesnikava", "", "Maryia", "", "Kalesnikava", "Female",
     "1982-04-24", "Musician", "", "Berlin", "10115", "Germany", "+49 30 1234567", "maryia@example.org", "", "1",
     "", "Culture, Volunteers", "Musician", "Met at the rally\nwants to help"],
    ["18", "X-2", "Babaryka, Viktar", "Viktar Babaryka", "", "Viktar", "Dzmitryevich", "Babaryka", "Male",
     "", "", "", "Riga", "", "Latvia", "", "", "1", "", "1", "", "", ""],
]


def civi_cell(value):
    return '"' + value.replace('"', '""') + '"' if value else ""


write("civicrm.csv", utf8("\r\n".join(",".join(civi_cell(v) for v in row)
                                      for row in [civi_header] + civi_rows) + "\r\n"))

# Eventbrite attendee report.
eventbrite = [
    "Order #,Order Date,First Name,Last Name,Email,Quantity,Price Tier,Ticket Type,Attendee #,Group,Order Type,"
    "Currency,Total Paid,Fees Paid,Eventbrite Fees,Eventbrite Payment Processing,Attendee Status",
    "1234567890,3/5/21 18:02,Maryia,Kalesnikava,m.k@example.org,1,,General Admission,987654321,,Free Order,EUR,"
    "0.00,0.00,0.00,0.00,Attending",
    "1234567891,3/6/21 9:15,Pavel,Latushka,p.l@example.org,1,,General Admission,987654322,,Free Order,EUR,"
    "0.00,0.00,0.00,0.00,Refunded",
]
write("eventbrite.csv", utf8("\r\n".join(eventbrite) + "\r\n"))

# pretix check-in list.
pretix = [
    "Order code,Attendee name,Attendee name: Title,Attendee name: Given name,Attendee name: Family name,Product,"
    "Price,Checked in,Checked out,Automatically checked in,E-mail,Company,Voucher code,Order date,"
    "Requires special attention,Comment",
    "ABC12,Volha Kavalkova,,Volha,Kavalkova,Ticket,0.00,2021-05-05 18:03:00,,No,volha@example.org,,,2021-04-30,No,",
    'XYZ34,Ihar Losik,,Ihar,Losik,Ticket,10.00,,,No,ihar@example.org,,,2021-05-01,Yes,"Needs a seat, near exit"',
]
write("pretix.csv", utf8("\n".join(pretix) + "\n"))

# KoBoToolbox "XML values and headers": ';', every field quoted, group paths.
kobo_header = ["start", "end", "intake/applicant_name", "intake/applicant_phone", "intake/city", "needs",
               "needs/legal", "needs/medical", "_id", "_uuid", "_submission_time", "_index"]
kobo_rows = [
    ["2021-05-05T04:43:00.000+03:00", "2021-05-05T04:50:12.000+03:00", "Ales Pushkin", "+375291112233",
     "Vilnius", "legal medical", "1", "1", "101", "0c3b1e9e-4c7d-4f55-9f0a-3b1a5e2d7c11", "2021-05-05T01:50:30",
     "1"],
    ["2021-05-06T10:00:00.000+03:00", "2021-05-06T10:05:00.000+03:00", "Nina Bahinskaya", "", "Warsaw", "legal",
     "1", "0", "102", "5d8e4f3a-2b1c-4e6f-8a7b-9c0d1e2f3a4b", "2021-05-06T07:05:09", "2"],
]
write("kobo.csv", utf8("\n".join(";".join('"' + v.replace('"', '""') + '"' for v in row)
                                 for row in [kobo_header] + kobo_rows) + "\n"))

# Broken on purpose.
write("unterminated_quote.csv", utf8('a,b\n1,2\n3,"open\nstill open\n5,6\n'))
write("wrong_columns.csv", utf8("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n"))
write("invalid_utf8.csv", b"\xef\xbb\xbf" + utf8("a,b,c\n1,2,3\n4,") + b"x\xc3\x28y" + utf8(",6\n"))
write("cp1251_undefined.csv", "Фамилия;Имя;Город\r\nКовалёв;Андрей;Минск\r\nБяляцкі;Алесь;".encode("cp1251")
      + b"\x98" + "Мінск\r\n".encode("cp1251"))
write("header_only.csv", utf8("first_name,last_name,email\r\n"))
write("empty.csv", b"")

# Windows-1251 that holds a few valid UTF-8 pairs by chance (В followed by і is C2 B3): still Windows-1251.
write("cp1251_with_utf8_pairs.csv", "\r\n".join([
    "Прозвішча;Імя;Горад;Нататкі",
    "Вінаградава;Вікторыя;Віцебск;Вітальны ліст",
    "Бяляцкі;Алесь;Вільня;",
    "Ціханоўская;Святлана;Вільня;Лідар",
    "Казлова;Вольга;Варшава;Валанцёрка",
    "Шыла;Ян;Гданьск;Ўсё добра",
]).encode("cp1251") + b"\r\n")

# A member list in UTF-8 with damaged bytes on three of its 200 lines: read as UTF-8, those three lines left out.
surnames = ["Каваленка", "Ціханоўская", "Бяляцкі", "Казлова", "Шыла", "Лукашэвіч", "Мельнік", "Чарачэнь"]
given = ["Алена", "Святлана", "Алесь", "Вольга", "Ян", "Зміцер", "Ганна", "Сяргей", "Міхась", "Кацярына"]
lines = [utf8("first_name,last_name,email,city\n")]
for i in range(200):
    row = utf8(f"{given[i % len(given)]},{surnames[i % len(surnames)]}{i},m{i}@example.org,Вільня\n")
    if i in (40, 99, 170):  # a byte lost in copying: the first byte of a two-byte letter alone, or a stray one
        row = row.replace(utf8("Вільня"), utf8("Ві") + (b"\xd0" if i != 99 else b"\xff") + utf8("ня"))
    lines.append(row)
(HERE.parent / "members" / "utf8_three_bad_lines.csv").write_bytes(b"".join(lines))
