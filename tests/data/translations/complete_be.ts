<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be">
<context>
    <name>MembersPage</name>
    <message>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <source>Member</source>
        <comment>a person in the list</comment>
        <translation>Удзельнік</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n удзельнік</numerusform>
            <numerusform>%n удзельнікі</numerusform>
            <numerusform>%n удзельнікаў</numerusform>
        </translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="vanished">Загрузіць дэма-даныя</translation>
    </message>
</context>
</TS>
