<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>supolka::AboutDialog</name>
    <message>
        <source>About Supolka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members, events with check-in at the door, aid cases and exit polls for chapters of the Belarusian diaspora: offline, private, in one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (%1): you may use, study, share and change it. It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer keeps the database in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::AddAnswerCommand</name>
    <message>
        <source>Answer “%1” at station %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::AidCase</name>
    <message>
        <source>housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents, visa, asylum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psychological</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <comment>need of an aid case</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::AtomicFile</name>
    <message>
        <source>Could not save %1: the disk %2 is full (%3 free). Free some space or choose another place; the file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2. The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::Bundle</name>
    <message>
        <source>“%1” cannot be a file of a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Supolka bundle, or it is damaged or cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: an entry cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds “%2”, which a bundle never has; it was not made by Supolka or was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: “%2” does not read back whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no manifest.json: it is not a Supolka bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 has no format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer Supolka (bundle format %2; this version reads up to %3). Update Supolka to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 does not say which chapter sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 lists “%2” wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks %2, which its manifest lists: it is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 in %1 is not what was sent (its checksum differs): the bundle was damaged or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 in %1 has %3 rows, but its manifest says %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2, which its manifest does not list: it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the bundle: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more files than a bundle ever has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB, more than any bundle Supolka writes; it was not unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 gives a format version that is not a whole number of a bundle format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 gives %2 a number of rows that is not a whole number in range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than any bundle Supolka writes; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 names its seal wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 names a chapter in a way Supolka never writes; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::CaseCharts</name>
    <message>
        <source>Cases: %1 · open: %2 · overdue: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases by need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments per month, by currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts appear here once the chapter has aid cases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::CaseCsv</name>
    <message>
        <source>“%1” is not a case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the submission has no _uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no case with the id “%1”; import the cases first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of note (note, call, meeting, status, assignment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment has no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency code (ISO 4217, such as EUR or PLN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number of minor units (cents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the column(s) %2 of the %3 format (see docs/csv-formats.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1</source>
        <comment>pseudonym of a sensitive case</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment needs an amount above zero, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read every aid case from the database; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a priority (low, normal, high, urgent); the case was taken as normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a need Supolka knows; it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row names no need Supolka knows; the case was filed under “other”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country Supolka knows; the country was left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language Supolka knows; it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case would be opened in the future (%1); it was opened today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due date %1 is before the case was opened; it was left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::CaseEditor</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as the person gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, e-mail or messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarusian, Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person asks for, in a few lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (empty: no due date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status and volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case first; then you can move it on, assign a volunteer, write notes and record payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is responsible for the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members whose skills, languages and place fit this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <comment>timeline entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <comment>timeline entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <comment>timeline entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what was agreed, what comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. Please correct this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is opened. Now move it on, assign a volunteer, write notes or record payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new case before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to case %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for others…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark resolved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New aid case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member of the chapter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case becomes “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>status change</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>timeline entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing paid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of the case? Closing needs the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the case reopened? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the case become “%1”? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is now “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active member has skills, languages or a place that fit. Type a name above to assign anybody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best fit first. Choose one and press Assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volunteer was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is responsible for case %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes care of case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added to the timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the timeline of case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency code; choose one such as EUR or PLN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount paid, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2; write it like %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a payment of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the payment of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is responsible any more</source>
        <comment>timeline entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <comment>timeline entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to a volunteer</source>
        <comment>timeline entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden from the list unless shown on purpose, never exported with the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member&apos;s name, e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member who is helped; leave it empty for someone who is not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent, lawyer, tickets…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::CaseList</name>
    <message>
        <source>Could not read the aid cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the aid cases&apos; payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the aid cases&apos; volunteers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::CaseRepository</name>
    <message>
        <source>Say who is helped: choose a member or type a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known need; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a short summary of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is before the case was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot be opened in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country code (ISO 3166, such as PL or LT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language code (ISO 639-1, such as be, ru, pl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed case needs its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case no longer exists. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what came of the case before closing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This volunteer is no longer a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changes and assignments are written by the case itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only notes, calls and meetings can be deleted; status changes stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency code (ISO 4217, such as EUR or PLN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment needs an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the cases&apos; list keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not index the cases list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::CaseTableModel</name>
    <message>
        <source>Number</source>
        <comment>of an aid case</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>of an aid case</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::CaseWorkflow</name>
    <message>
        <source>The case is already “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case that is “%1” cannot become “%2”; from here it can become %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <comment>joins the allowed next states</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <comment>case status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>case status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>case status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>case status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <comment>case status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <comment>case priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <comment>case priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <comment>case priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <comment>case priority</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::CasesPage</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new aid case (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen case (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen cases (%1); can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sensitive cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive cases name people at risk; show them only where nobody looks over your shoulder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive cases are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No aid cases here yet. Press “New case” (%1) when somebody asks for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past the due date.</source>
        <translation>
            <numerusform>%n case past the due date.</numerusform>
            <numerusform>%n cases past the due date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them sensitive: tick “Show sensitive cases” to see them.</source>
        <translation>
            <numerusform>%n of them is sensitive: tick “Show sensitive cases” to see it.</numerusform>
            <numerusform>%n of them are sensitive: tick “Show sensitive cases” to see them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is sensitive, so the list does not show it; tick “Show sensitive cases” to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted cases: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases (also a KoBoToolbox intake export)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive cases are written with a pseudonym, without name or contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import aid cases, notes or payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aid cases.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case notes.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case payments.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export aid cases, notes or payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to %1; sensitive cases carry a pseudonym, not a name.</source>
        <translation>
            <numerusform>Wrote %n row to %1; sensitive cases carry a pseudonym, not a name.</numerusform>
            <numerusform>Wrote %n rows to %1; sensitive cases carry a pseudonym, not a name.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import aid cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import case payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, name, contact, city</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::ChangeLog</name>
    <message>
        <source>Could not prepare the undo record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undo record was never started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish the undo record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the undo record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start writing to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the rows back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the rows back: a row has changed or gone since. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::ChapterReport</name>
    <message>
        <source>Members who joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid cases opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid cases closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts chapters reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report needs a first and a last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s last day (%1) is before its first (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::ChapterReportPdf</name>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2. Made on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Across %n chapters: %1.</source>
        <translation>
            <numerusform>In %n chapter: %1.</numerusform>
            <numerusform>Across %n chapters: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing happened in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::CheckInCommand</name>
    <message>
        <source>Check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is checked in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer checked in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::CheckInPage</name>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event people are checked in to: today&apos;s and coming ones first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the door fill the screen (%1); Esc in the empty search field leaves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the person to check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in</source>
        <comment>counter at the door</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered</source>
        <comment>counter at the door</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-ins</source>
        <comment>counter at the door</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in the chosen person (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register and check in someone who is not on the list (%1 or %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: check in · ↑/↓: choose · %1: walk-in · %2: undo · Esc: clear · %3: full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>event title — when it starts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on the list matches. %1 registers them as a walk-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter checks in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people match: ↑/↓ choose, Enter checks in %1.</source>
        <translation>
            <numerusform>%n person matches: Enter checks in %1.</numerusform>
            <numerusform>%n people match: ↑/↓ choose, Enter checks in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody on the list matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, or try the e-mail, phone or ticket code. %1 registers them as a walk-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in · ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket has been used. Let them in only if you are sure it was not someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask them to see the organisers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no check-in to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was on the list after all: checked in on their registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in: registered, checked in and now a member of the chapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in: registered and checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event to check in to yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the event on the Events page first; its registrations can be imported there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, e-mail, phone or ticket code, or scan a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 registered people have come in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registered (walk-ins included, cancelled ones not)</source>
        <translation>
            <numerusform>%n registered (walk-ins included, cancelled ones not)</numerusform>
            <numerusform>%n registered (walk-ins included, cancelled ones not)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered at the door</source>
        <translation>
            <numerusform>%n registered at the door</numerusform>
            <numerusform>%n registered at the door</numerusform>
        </translation>
    </message>
    <message>
        <source>Take back: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes back the last check-in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” starts on %2, in %n day(s): check that it is the event at the door.</source>
        <translation>
            <numerusform>“%1” starts on %2, in %n day: check that it is the event at the door.</numerusform>
            <numerusform>“%1” starts on %2, in %n days: check that it is the event at the door.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was on %2, %n day(s) ago: check that it is the event at the door.</source>
        <translation>
            <numerusform>“%1” was on %2, %n day ago: check that it is the event at the door.</numerusform>
            <numerusform>“%1” was on %2, %n days ago: check that it is the event at the door.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name, e-mail, phone or ticket code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::CheckInResultsModel</name>
    <message>
        <source>Cancelled</source>
        <comment>registration status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in, checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::CommandRunner</name>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “supolka --help” to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview takes one file: supolka preview FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes a kind and a file: supolka import members FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dry run: nothing was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes a kind and a file: supolka export members FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export profile is plain or excel, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 members to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search takes the text to look for: supolka search TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report takes a kind: supolka report members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language “%1” is not available; choose be, ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows of %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n row of %1 to %2.</numerusform>
            <numerusform>Wrote %n rows of %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aid cases: %1, of them overdue: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1 needs the election: supolka import %1 FILE --election NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report exitpoll needs the election: supolka report exitpoll --election NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no election “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exit poll at %n station(s), %1 respondents.</source>
        <translation>
            <numerusform>Exit poll at %n station, %1 respondents.</numerusform>
            <numerusform>Exit poll at %n stations, %1 respondents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Official protocols of %n station(s).</source>
        <translation>
            <numerusform>Official protocol of %n station.</numerusform>
            <numerusform>Official protocols of %n stations.</numerusform>
        </translation>
    </message>
    <message>
        <source>exit poll %1, official %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged stations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka cannot import “%1”; it knows: members, registrations, cases, notes, payments, stations, exitpoll, official, verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import registrations needs the event: supolka import registrations FILE --event TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the event “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka cannot export “%1”; it knows: members, registrations, cases, notes, payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export registrations needs the event: supolka export registrations FILE --event TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n registrations of “%1” to %2.</source>
        <translation>
            <numerusform>Wrote %n registration of “%1” to %2.</numerusform>
            <numerusform>Wrote %n registrations of “%1” to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>checkin takes an event and the text to look for: supolka checkin EVENT TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered, %2 cancelled, %3 checked in, %4 walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the demo data: %1 members, %2 events with %3 registrations, %4 aid cases, an election with %5 polling stations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka cannot report on “%1”; it knows: members, events, cases, exitpoll, chapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync takes export, import, conflicts, resolve or history: supolka sync export FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle profile is full, pseudonymized or aggregate, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since-last and --recipient name two different recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2): %n rows.</source>
        <translation>
            <numerusform>Wrote %1 (%2): %n row.</numerusform>
            <numerusform>Wrote %1 (%2): %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2): %n rows changed since %3.</source>
        <translation>
            <numerusform>Wrote %1 (%2): %n row changed since %3.</numerusform>
            <numerusform>Wrote %1 (%2): %n rows changed since %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>sync import takes the bundle to read: supolka sync import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was made for %1, not for this chapter (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2 added, %3 updated, %4 deleted, %5 unchanged, %6 conflicts.%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1: %2 %3 changed here and at %4; this chapter&apos;s version was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose with: supolka sync resolve CONFLICT mine|theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync conflicts takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync resolve takes a conflict&apos;s number and mine or theirs: supolka sync resolve 3 theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1: this chapter&apos;s version was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1: the other version was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync history takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chapter takes a code and a name: supolka chapter PL-WAW &quot;Warszawa&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase takes a member&apos;s id or e-mail address: supolka erase member ID|EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n members have the e-mail address %1; erase one by its id.</source>
        <translation>
            <numerusform>%n member has the e-mail address %1.</numerusform>
            <numerusform>%n members have the e-mail address %1; erase one by its id.</numerusform>
        </translation>
    </message>
    <message>
        <source>No member has the id or e-mail address “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased member %1: nothing about them is left but the id, which carries the erasure to the other chapters with the next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report chapter needs the period: supolka report chapter --from 2026-01-01 --to 2026-06-30 --pdf REPORT.pdf --csv REPORT.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report chapter writes --pdf FILE, --csv FILE or both (or prints --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The report from %1 to %2 covers %n chapters.</source>
        <translation>
            <numerusform>The report from %1 to %2 covers %n chapter.</numerusform>
            <numerusform>The report from %1 to %2 covers %n chapters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event %1 (“%2”) was deleted; restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file belongs to the event “%1”; its registrations went there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path given with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (imported): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 %3; kept as a new person, listed as a possible duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more; --errors FILE saves them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more possible duplicates; --json lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): the chapter&apos;s data is not in it. Restore the database from a backup; Supolka left the file as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypt takes the new passphrase from a file: supolka encrypt --new-passphrase-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already encrypted; to change its passphrase: supolka passphrase --passphrase-file OLD --new-passphrase-file NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted %1. Keep the passphrase safe: without it nobody, not even Supolka, can read the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase takes the old and the new passphrase from files: supolka passphrase --passphrase-file OLD --new-passphrase-file NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not encrypted; to encrypt it: supolka encrypt --new-passphrase-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of %1 is changed; the old one no longer opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup takes the file to write: supolka backup FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the backup %1, encrypted with the database&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the backup %1. It is not encrypted, as the database is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the public keys of %1 to %2. They hold no secret: send them to the other side, and compare the fingerprint on a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEYS CHANGED, check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts add takes a code, a name and both keys: supolka contacts add CODE NAME --recipient age1… --signing-key RW…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of %1 CHANGED. Bundles to and from %1 stop until you compare the new fingerprint with them on a call: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1. Compare the fingerprint with them on a call, then: supolka contacts check %1 --fingerprint &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts %1 takes a contact&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked. The fingerprint of %1 is %2: compare it with them on a call, then give it with --fingerprint &quot;…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is checked: bundles to and from it may be sealed and opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts knows: add, check, remove (or nothing, to list them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys shows this database&apos;s public keys; keys export FILE writes them for others; keys export-identity FILE writes the secret identity for the age tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the SECRET identity of %1 to %2. Anyone who has this file can open every bundle sealed to %1: keep it on an encrypted disk, never send it, and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync export takes the bundle to write: supolka sync export FILE --to CODE [--profile full|pseudonymized|aggregate] [--since-last CODE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to seals the bundle and --unsealed does not: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to and --since-last or --recipient name two different recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whom to seal the bundle for: --to CODE, one of your contacts (supolka contacts). To write a plain bundle that anyone who gets it can read, add --unsealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed for %1 (their bundle number %2): only they and this database can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this bundle is not sealed. Anyone who gets it can read the names and contacts in it, and nobody can tell it came from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed for this database and signed by %1, whose fingerprint you checked (their bundle number %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this bundle was not sealed; nothing shows who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look “%1” is unknown; choose light, dark or system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  supolka [--db FILE] [--lang CODE]                 start the window
  supolka --version | --help
  supolka [--db FILE] preview FILE [--json]         how a CSV file reads
  supolka [--db FILE] import members FILE [--dry-run] [--errors OUT] [--json]
  supolka [--db FILE] import registrations FILE --event TITLE [--dry-run] [--errors OUT] [--json]
                                                    an attendee list (Supolka, Eventbrite, pretix,
                                                    Google Forms) into the event, made on first use
  supolka [--db FILE] import cases|notes|payments FILE [--dry-run] [--errors OUT] [--json]
                                                    aid cases (also KoBoToolbox intake exports),
                                                    their timeline notes and payments
  supolka [--db FILE] import stations|exitpoll|official|verified FILE --election NAME
                     [--dry-run] [--errors OUT] [--json]
                                                    wide exit-poll files, one row per polling station
  supolka [--db FILE] export members FILE [--profile plain|excel] [--json]
  supolka [--db FILE] export registrations FILE --event TITLE [--profile plain|excel] [--json]
                                                    the event&apos;s registrations and check-ins
  supolka [--db FILE] export cases|notes|payments FILE [--profile plain|excel] [--json]
                                                    sensitive cases without name or contact
  supolka [--db FILE] search TEXT [--json]          members matching TEXT in any script
  supolka [--db FILE] checkin EVENT TEXT [--json]   check in the one registrant matching TEXT
                                                    (EVENT: the event&apos;s id or unique title)
  supolka [--db FILE] report members [--json]       counts by country, status and skill
  supolka [--db FILE] report events [--json]        registered, cancelled, checked in, walk-ins
  supolka [--db FILE] report cases [--json]         by status and need, overdue, paid per currency
  supolka [--db FILE] report exitpoll --election NAME [--json]
                                                    exit poll against official results, with flags
  supolka [--db FILE] report chapter --from DATE --to DATE [--pdf FILE] [--csv FILE] [--json]
                                                    the report for the secretariat, cut by chapter
  supolka [--db FILE] demo                          load the demo data set
  supolka [--db FILE] chapter [CODE [NAME]]         show or set this chapter&apos;s code and name
  supolka [--db FILE] erase member ID|EMAIL         GDPR erasure; it travels with the next bundle
  supolka [--db FILE] sync export FILE --to CODE [--profile full|pseudonymized|aggregate]
                     [--since-last CODE] [--json]
                                                    a bundle sealed for a contact: the secretariat
                                                    or a chapter
  supolka [--db FILE] sync export FILE --unsealed [--recipient CODE] [--profile …]
                                                    a plain bundle anyone who gets it can read
  supolka [--db FILE] sync import FILE [--dry-run] [--unsealed] [--json]
                                                    merge a bundle: added, updated, deleted,
                                                    unchanged, conflicts
  supolka [--db FILE] sync conflicts [--json]       rows changed on both sides, to choose
  supolka [--db FILE] sync resolve CONFLICT mine|theirs
  supolka [--db FILE] sync history [--json]         bundles sent and received
  supolka [--db FILE] encrypt --new-passphrase-file FILE
                                                    encrypt a plaintext database
  supolka [--db FILE] passphrase --passphrase-file OLD --new-passphrase-file NEW
                                                    change the passphrase (a new key)
  supolka [--db FILE] backup FILE                   a consistent copy, encrypted like the database
  supolka [--db FILE] keys [--json] | keys export FILE | keys export-identity FILE
                                                    this database&apos;s public keys and fingerprint
  supolka [--db FILE] contacts [--json]             other chapters&apos; keys; contacts add CODE NAME
                     --recipient age1… --signing-key RW…; contacts check CODE --fingerprint &quot;…&quot;;
                     contacts remove CODE

Options:
  --db FILE      the database file (default: %1)
  --lang CODE    be, ru or en (default: the system&apos;s language)
  --theme T      the window: light, dark or system (default: as last chosen in View ▸ Look)
  --screenshots DIR  the window: pictures of every page and the main dialogs into DIR, then quit
  --passphrase-file FILE  the passphrase of an encrypted database, on the first line of FILE
                 (- reads it from standard input); a new database made with it is encrypted
  --json         print one JSON object on standard output
  --dry-run      check the file and count, but change nothing
  --errors OUT   write the rejected rows, with line and reason, to OUT
  --profile P    export: plain (UTF-8) or excel (UTF-8 with a BOM);
                 sync export: full, pseudonymized or aggregate (default full)
  --since-last R only what changed since the last bundle for R (the recipient&apos;s chapter code)
  --recipient R  the chapter code the bundle is for, recorded to tell conflicts later
  --to CODE      sync export: the contact to seal the bundle for
  --unsealed     sync export: write a plain bundle (only aggregate goes plain without it);
                 sync import: take a plain bundle that says it comes from a contact
  --from DATE, --to DATE  the period of report chapter (2026-01-31 or 31.01.2026)
  --pdf FILE, --csv FILE  where report chapter writes
  --event TITLE  the event of import/export registrations: its title or id
  --election NAME the election of the exit-poll commands (made on first import)

Exit codes: 0 success, 1 done but some rows rejected (sync import: conflicts are waiting),
2 usage error, 3 failure (nothing changed).
checkin: 0 checked in, 1 already checked in or cancelled, 3 nobody or several match.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::ContactBook</name>
    <message>
        <source>A contact needs the chapter code they go by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a recipient key: it should start with age1 and be copied whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a signing key: it should start with RW and be copied whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a chapter code: use up to 32 letters, digits, dots, dashes or underscores, such as PL-WAW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys are %1&apos;s already; one chapter&apos;s keys cannot be another contact&apos;s too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the fingerprint of %1 is %2, not the digits compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of %1 changed while the fingerprint was compared; compare again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::CountryComboBox</name>
    <message>
        <source>— not given —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::CsvReader</name>
    <message>
        <source>The data could not be read: it is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka does not know the encoding “%1”. Choose UTF-8, UTF-16LE, UTF-16BE or Windows-1251.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 holds “�”, the mark a program leaves where it could not save a character, so a letter is missing there. Correct the file, or export it again from where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 holds the byte %2, which is no character in Windows-1251. Save the file again as “CSV UTF-8”, or choose its encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 holds bytes that are not valid %2 (%3). Save the file again as “CSV UTF-8”, or choose its encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 holds bytes that are not valid UTF-8 (%2). Save the file again as “CSV UTF-8”, or choose its encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote (&quot;) that opens column %1 is never closed, so the rest of the file would become one cell. Add the missing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s), but the header has %1.</source>
        <translation>
            <numerusform>This row has %n field, but the header has %1.</numerusform>
            <numerusform>This row has %n fields, but the header has %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 holds a NUL byte, which no text has: the file is damaged there or is not a text file. Correct the file, or export it again from where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::CsvValues</name>
    <message>
        <source>“%1” is not a real date: there is no such day in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is ambiguous: it could be month/day/year or day/month/year. Write dates as yyyy-mm-dd (2024-03-01) or dd.mm.yyyy (01.03.2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date Supolka can read. Write dates as yyyy-mm-dd (2024-03-01) or dd.mm.yyyy (01.03.2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a yes/no answer. Write yes or no (also 1/0, true/false, да/нет, так/не, or x for yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel turned the phone number into the number “%1”, and its last digits were lost. Enter the phone again, with the column formatted as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a “?” inside a word: a letter could not be saved because the file was saved in a code page without it. Save the file as “CSV UTF-8”, or correct the text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::DashboardPage</name>
    <message>
        <source>Members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts appear here once the chapter has members or events. Add, import or load the demo data on the Members page, or create an event on the Events page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::Database</name>
    <message>
        <source>%1 is a folder, not a Supolka database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka may not read %1. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Supolka database (it is not an SQLite file). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is missing; reinstall Supolka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Supolka database or is damaged (%2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Supolka (schema %2; this version knows up to %3). Update Supolka to open it. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the database upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database upgrade to schema %1 failed and was undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save a setting in the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Supolka database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another Supolka (process %2 on %3, since %4). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another program that holds its lock file %2. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the lock file beside %1: the disk %2 is full (%3 KB free). Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the lock file beside %1. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Nothing was written from it. Restore the database from a backup, or copy it aside and ask for help before changing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program kept the database busy for more than %1 seconds; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for reading only (its file or folder may not be written), and this writes to it, so nothing was done. Copy the database to a folder Supolka may write to and work on the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and cannot be opened. Restore it from a backup, or copy it aside and ask for help. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is open for reading only (its file or folder may not be written), so nothing can be changed; copy it to a folder Supolka may write to and open the copy to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty and read-only: there is no database in it to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 is read-only, so the database cannot be made there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only, and its journal %2 holds changes not yet written into it. Copy both files to a folder Supolka may write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older Supolka (schema %2): it must be upgraded before this version can read it. Copy it to a folder Supolka may write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted, and this build of Supolka cannot open encrypted databases: its Qt uses an SQLite library of its own, which does not know Supolka&apos;s encryption. Use a Supolka built with the system&apos;s Qt (Linux packages, Homebrew, vcpkg). The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted: its passphrase is needed to open it (on the command line, --passphrase-file FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an encrypted Supolka database that this version cannot read (a newer format, or a damaged header). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key of %1 from its passphrase (%2 MB are needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong for %1 (or its first page is damaged). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make sure %1 reached the disk; it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the database it is made of; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the backup in place at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive a key from the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is still using %1; close it and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the encrypted database in place of %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key of %1 from its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write a copy of the database to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy written to %1 did not pass its check (%2); it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::DemoCases</name>
    <message>
        <source>Chapter lead (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start writing the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::DemoData</name>
    <message>
        <source>Could not start writing the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::DemoExitPoll</name>
    <message>
        <source>Presidential election 2020 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start writing the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::EventCharts</name>
    <message>
        <source>No check-ins yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Check-ins per %n minutes</source>
        <translation>
            <numerusform>Check-ins per minute</numerusform>
            <numerusform>Check-ins per %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supolka::EventEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave unticked when the end is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freedom Day rally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall, address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (%1 or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. Please correct this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::EventRepository</name>
    <message>
        <source>The event needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event needs a start date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country code (ISO 3166, such as PL or LT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n events are called “%1”; name one by its id.</source>
        <translation>
            <numerusform>%n event is called “%1”.</numerusform>
            <numerusform>%n events are called “%1”; name one by its id.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event no longer exists. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the registration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registration needs its event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member of this registration does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket code %1 is already someone else&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the check-in search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration no longer exists. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s registration was cancelled: do not let them in on this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already checked in at %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the check-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not take the check-in back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the walk-in&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>operator on laptop</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check-in was changed since (another laptop&apos;s earlier one was merged in); it stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::EventTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rally</source>
        <comment>event kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetup</source>
        <comment>event kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <comment>event kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fundraiser</source>
        <comment>event kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>event kind</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::EventsFirstRun</name>
    <message>
        <source>No events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rallies, meetups, conferences and fundraisers of the chapter live here, with who registered, their tickets and badges, and who came. Create the first event, then add guests or import the list of attendees, and check them in at the door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::EventsPage</name>
    <message>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check-in mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected event (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected event with its registrations (Del); Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: names in any script, e-mail, phone, ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add guest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register someone who is not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected registrations: their tickets are refused at the door; Undo takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check people in at the door of this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see who registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the event “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the event “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the event “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add guest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1; ticket %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the registration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n registrations</source>
        <translation>
            <numerusform>Cancel %n registration</numerusform>
            <numerusform>Cancel %n registrations</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled the registration of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n registrations.</source>
        <translation>
            <numerusform>Cancelled %n registration.</numerusform>
            <numerusform>Cancelled %n registrations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered for “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print badges for the people selected, or for everyone registered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print tickets for the people selected, or for everyone registered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the badges for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the tickets for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badges</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badges were not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets were not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Badges for %n people are in %1.</source>
        <translation>
            <numerusform>The badge for %n person is in %1.</numerusform>
            <numerusform>Badges for %n people are in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tickets for %n people are in %1.</source>
        <translation>
            <numerusform>The ticket for %n person is in %1.</numerusform>
            <numerusform>Tickets for %n people are in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take an attendee list into this event: an Eventbrite attendee report, a pretix check-in list, a Google Forms sheet, or another laptop&apos;s export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this event&apos;s registrations and check-ins, for another laptop at the door to import and merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an attendee list into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the registrations of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n registrations to %1: import that file on the other laptop to merge.</source>
        <translation>
            <numerusform>Wrote %n registration to %1: import that file on the other laptop to merge.</numerusform>
            <numerusform>Wrote %n registrations to %1: import that file on the other laptop to merge.</numerusform>
        </translation>
    </message>
    <message>
        <source>List</source>
        <comment>import and export of an attendee list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import registrations into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing registrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event (id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member (id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order or ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One A6 page per person with the ticket code and its QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A4 sheets of %n name badges with QR codes and cut lines</source>
        <translation>
            <numerusform>A4 sheets of %n name badge with QR codes and cut lines</numerusform>
            <numerusform>A4 sheets of %n name badges with QR codes and cut lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Save tickets as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save badges as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print badges for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print tickets for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badges were not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets were not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent badges for %n people to %1.</source>
        <translation>
            <numerusform>Sent the badge for %n person to %1.</numerusform>
            <numerusform>Sent badges for %n people to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent tickets for %n people to %1.</source>
        <translation>
            <numerusform>Sent the ticket for %n person to %1.</numerusform>
            <numerusform>Sent tickets for %n people to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title, city, country, kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search stops at %1 registrations: type more to narrow it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::ExchangeKeyStore</name>
    <message>
        <source>This database&apos;s exchange keys are damaged; bundles cannot be sealed or opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the exchange keys in the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::ExitPollAnalysis</name>
    <message>
        <source>The official share of an option lies outside the 95% interval of the exit poll at this station. With honest counting and an honest sample this happens at about one station in twenty by chance; far outside, or at many stations, it points to a result that was not counted as cast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers saw more ballots (photographed or counted) for an option than the protocol gives it. The protocol cannot be true: each of those ballots is proof of a vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol gives more ballots cast than the observers counted voters at the door all day. Either voters were missed, or ballots were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every number of the protocol is known, and the votes of all options plus the spoiled ballots do not add up to the ballots cast. A protocol with unknown parts is never flagged for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official %1 (%2 of %3 ballots cast); exit poll %4, 95% interval %5–%6, from %7 respondents who named an option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers verified %1 ballots for %2; the protocol gives %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol gives %1 ballots cast; observers counted %2 voters at the door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The votes of all options and the spoiled ballots add up to %1, but the protocol gives %2 ballots cast.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::ExitPollCharts</name>
    <message>
        <source>%1 at each station: the exit poll with its 95% interval, and the official result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit poll, with its 95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official, flagged station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stations: the exit poll pooled, and the official totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit poll unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exit poll and no official results yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exit poll: %1 respondents named an option, pooled over %n station(s)</source>
        <translation>
            <numerusform>Exit poll: %1 respondents named an option, pooled over %n station</numerusform>
            <numerusform>Exit poll: %1 respondents named an option, pooled over %n stations</numerusform>
        </translation>
    </message>
    <message>
        <source>Official: %1 ballots cast, over %2 protocols</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::ExitPollImporter</name>
    <message>
        <source>Name the election the file belongs to (--election NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no station_code column: every row must say which polling station it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column for any option (a candidate, “against all”, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column “%1”: “%2” is not a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no station_code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::ExitPollPage</name>
    <message>
        <source>&amp;Station list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations with their number, city, country and registered voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exit-poll answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers per station (and shift), one column per option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Official protocols…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published results per station: ballots cast, spoiled, votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers&apos; &amp;verified counts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters counted at the door and ballots seen, per station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Station sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an election, or type the name of a new one and import its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Option:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option compared at each station, in the chart and the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a station list, exit-poll answers, official protocols or observers&apos; counts (CSV, one row per station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count exit-poll answers at the door, one key per answer, in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a station list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flagged stations only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station number, city or country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the station list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit-poll answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observers&apos; verified counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations: %1. Exit poll at %2 of them, %3 respondents. Protocols published: %4. Observers&apos; counts: %5. Flagged stations: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No election yet. Type the election&apos;s name above, then import its station list, exit-poll answers, official protocols and observers&apos; counts (Import), or load the demo election to see how it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for “%1” yet. Import its station list, exit-poll answers, official protocols or observers&apos; counts (Import): the election is created with its first file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a station to see what each of its flags rests on and how to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number that is not known is shown as “%1” and never counted as zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flag: nothing known about this station contradicts its exit poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exit poll from this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its protocol has not been published (or not imported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No observers&apos; count is known for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks need numbers on both sides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the election first, for example “Presidential election 2020”: the file is imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the election first: the file is imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo election was not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo election is already loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the demo election with %1 made-up polling stations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, plain UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the stations table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n station(s) to %1.</source>
        <translation>
            <numerusform>Exported %n station to %1.</numerusform>
            <numerusform>Exported %n stations to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at each station: the dot is the exit-poll share with its 95% interval, the square the official share; flagged stations on red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stations: the exit poll pooled over the stations with answers, the official share over the protocols that give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or import an election first: the sheet counts answers for its options at its stations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::ExitPollReportWriter</name>
    <message>
        <source>Exit poll report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option compared at each station: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling stations: %1; flagged: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exit poll: %1 respondents at %n station(s), of whom %2 named an option.</source>
        <translation>
            <numerusform>Exit poll: %1 respondents at %n station, of whom %2 named an option.</numerusform>
            <numerusform>Exit poll: %1 respondents at %n stations, of whom %2 named an option.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Official protocols published: %n.</source>
        <translation>
            <numerusform>Official protocols published: %n.</numerusform>
            <numerusform>Official protocols published: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ballots cast: %1, over %n station(s).</source>
        <translation>
            <numerusform>Ballots cast: %1, at %n station.</numerusform>
            <numerusform>Ballots cast: %1, over %n stations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered voters: %1, over %n station(s).</source>
        <translation>
            <numerusform>Registered voters: %1, at %n station.</numerusform>
            <numerusform>Registered voters: %1, over %n stations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit poll, pooled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official share of an option is its votes over the ballots cast, at the stations whose protocol gives both numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number that is not known is shown as “%1” and is never counted as zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each flag rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read the flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit poll report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::ExitPollRepository</name>
    <message>
        <source>Name the election, for example “Presidential election 2020”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the election: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polling station needs its number (station_code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country Supolka knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the polling station: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the counts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the verified counts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::GuestDialog</name>
    <message>
        <source>Add guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register someone who is not a member for “%1”. They get a ticket code of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As they write it, in any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+48 512 345 678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. Please correct this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the guest&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::HeaderMapping</name>
    <message>
        <source>an unknown program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::ImportCommand</name>
    <message>
        <source>Import of %1: %2 new, %3 updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::ImportDialog</name>
    <message>
        <source>Import members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as read (change the encoding or delimiter if they look wrong):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each column holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read as CSV (%1). Try another encoding or delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stopped at line %1, column %2: %3. Nothing can be imported until this is fixed; another encoding or delimiter may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column was recognised. Choose below what each column holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one column is set to: %1. Choose one column for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is set to be imported. Choose what each column holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 rows from %2: %3 new, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that were not imported, and rows imported with a problem to look at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the problem rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV of the rows left out and of those imported with a problem, with line, column and reason, to fix and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the problem rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem rows were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the problem rows (%1) to %2. Fix them there and import that file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::ImportJob</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is not even a header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header line cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping has %1 entries but the file has %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start writing to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 cells where the header has %2; a comma or semicolon inside a cell needs quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the import: %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::ImportProblems</name>
    <message>
        <source>%1: %2</source>
        <comment>a column&apos;s header, then what is wrong in it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <comment>column of the problems file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column</source>
        <comment>column of the problems file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <comment>column of the problems file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <comment>column of the problems file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>a row that was not imported</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <comment>a row imported with a problem in a field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra %1</source>
        <comment>a column of the problems file for cells beyond the header</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::KeysPanel</name>
    <message>
        <source>This chapter&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send these public keys to the secretariat and the chapters you exchange with; they hold no secret. Then read the fingerprint to each other on a call or in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export public keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: whom bundles are sealed for and taken from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from pasted keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from a keys file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare fingerprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public keys as a QR code, to scan with a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEYS CHANGED: not used until compared again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT COMPARED: not used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this chapter&apos;s public keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the public keys to %1. They hold no secret: send them, then compare the fingerprint on a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the public keys they sent you: their keys file, or the message with the age1… and RW… keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a public keys file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a public keys file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public keys were found: the text needs one age1… key and one RW… key, each copied whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their chapter code, such as LT-VNO or SEC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read these digits with %1 on a call or in person. They must be the same as those their Supolka shows on its Keys tab:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>chapter name and code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the digits differ, someone may have changed the keys on the way: do not add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digits match: add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, compare later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of %1 have CHANGED. Bundles are not sealed for them or taken from them until you compare the new fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a contact now: bundles can be sealed for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added. Compare the fingerprint with them before bundles are sealed for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their keys changed on %1. Ask them whether they made new keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digits match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not exchange bundles with %1 until you know why the digits differ: remove the contact and add the keys they give you in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is checked: bundles can be sealed for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? Bundles can no longer be sealed for them, and theirs are refused until they are added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their keys have CHANGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a contact already, with other keys (fingerprint %2). Take the new keys only if %1 tells you they made new ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Supolka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aid cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid cases (%1)</source>
        <comment>with the number of overdue cases</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open for reading only: its file or folder may not be written. You can look, search, export and print; changes cannot be saved. To change it, copy it to a folder you may write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka — %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the data until the passphrase is entered again (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an encrypted database can be locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1, encrypted with this database&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1. The backup is not encrypted, as this database is not: keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chapter&apos;s members: search in any script, import, edit, export (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events and their registrations: tickets, badges, lists (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The door: check people in as they arrive, also offline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refugee aid cases: needs, volunteers, notes and payments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit polls per polling station, compared with the official results (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of members, events and aid at a glance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles sealed for the secretariat and other chapters; keys and contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The number in brackets: %n case(s) past the due date</source>
        <translation>
            <numerusform>The number in brackets: %n case past the due date</numerusform>
            <numerusform>The number in brackets: %n cases past the due date</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Who is at this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka &amp;manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty database in a file of its own, for another chapter or to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other database yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chapter</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is there already. A new database never replaces a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::ManualDialog</name>
    <message>
        <source>Supolka manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MemberBulkInserter</name>
    <message>
        <source>SQLite cannot be reached directly for a bulk import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the bulk import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the index %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the member: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MemberEditor</name>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to sharing their data with the secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+48 512 345 678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarusian, Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lawyer, translator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media, legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. Please correct this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already known?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may already be in the chapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging adds what is new to the stored person and keeps one record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (%1 or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import kept something of this person that needs a look: %1. Check it and save; saving clears the mark.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MemberExporter</name>
    <message>
        <source>Could not read every member from the database (%1 of %2); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MemberImporter</name>
    <message>
        <source>this person was deleted or erased in this database; the row would bring them back, so it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matching member disappeared while importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country Supolka knows; the country was left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language Supolka knows; it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a status (active, inactive or pending); the member was taken as active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; sharing with the secretariat was taken as not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no name, e-mail address or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the date was left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; it was left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the number was kept as typed, marked unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the address was kept as typed, marked unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the e-mail address of %1, but another birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the e-mail address of %1, but another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the name and birth date of %1, but another e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the phone number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the name of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of %1 holds a name, an e-mail address or a phone number. Check the header line or choose the columns by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MemberLabels</name>
    <message>
        <source>Active</source>
        <comment>member status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>member status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>member status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with the secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos may be published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MemberList</name>
    <message>
        <source>Could not read the members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the members: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MemberRepository</name>
    <message>
        <source>The e-mail address “%1” has no @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address “%1” has more than one @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address “%1” contains a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address “%1” has nothing before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address “%1” has nothing after the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address “%1” has no valid domain after the @ (such as example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same name (possibly in another script) and birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member needs at least a name, an e-mail address or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country code. Use the two-letter ISO code, such as PL, LT or DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language code. Use the two-letter ISO code, such as be, ru or pl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The joining date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time for the consent (use 2024-05-31T18:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member no longer exists; it may have been erased. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member was erased and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member no longer exists. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member was erased; there is nothing left to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not erase the member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member to merge into no longer exists. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the members table for writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the member: it was never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member no longer exists; it may have been erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not note the possible duplicates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the possible duplicates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two members no longer exists. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not merge the members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the two apart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the members&apos; sort keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not index the members list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MemberStatistics</name>
    <message>
        <source>Could not read the members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the members table holds %1 rows, its index of ids %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MemberTableModel</name>
    <message>
        <source>Active</source>
        <comment>member status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>member status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>member status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import kept something of this person that needs a look: %1. Open the member to check it; saving clears the mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone number (kept as typed, not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail address (kept as typed, not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date (could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the joining date (could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of consent (could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharing with the secretariat (could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the country (not one Supolka knows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the languages (some not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status (not one Supolka knows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first name (a letter may be lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the middle name (a letter may be lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last name (a letter may be lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name (a letter may be lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the city (a letter may be lost)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MembersFirstRun</name>
    <message>
        <source>No members yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka keeps your chapter&apos;s members, their skills and groups. Start in one of three ways:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the first person yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in a list from Excel, LibreOffice, Google Forms or another chapter, or drop the file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill every page with made-up people to look around first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MembersPage</name>
    <message>
        <source>&amp;New member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport person&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected member (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected members (Del); Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export person&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stored about the selected person, as JSON or CSV (GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every personal detail of the selected person for good (GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1, who was already known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete members (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted members: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of %1 was not exported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about %1 is in %2. The file holds personal data: hand it only to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every personal detail (names, contacts, notes, consent) is removed from this laptop, and the erasure is passed on to other chapters at the next exchange. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not erased: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is erased. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, plain UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members were not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported members: %1, to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data was not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data is already loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the demo data (made-up members: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members an import marked for a look: a phone or e-mail address kept as typed, a date that could not be read. Saving the member clears the mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members an import took for new people although they share a phone, a name or an e-mail address with someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge two members into one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the two rows of one person: the one kept takes what the other adds, and their registrations and cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two possible duplicates who are two people: they are no longer listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are %1 and %2 one person? Choose whose record to keep: it takes what the other adds (fields it lacks, skills, groups, notes), and the other&apos;s registrations and aid cases. The other record is removed, and the merge is passed on to other chapters at the next exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes the merge back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge of %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are one member now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two are kept apart and no longer listed as possible duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No possible duplicates: no import has found two records that may be one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e-mail or phone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search stops at %1 members: type more to narrow it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::NativeStatement</name>
    <message>
        <source>SQLite is not available directly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::OperatorName</name>
    <message>
        <source>Who is at this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as the chapter knows you. It is written as who checked people in at the door and who wrote an aid case&apos;s notes; change it from the File menu when someone else takes over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::PassphraseDialog</name>
    <message>
        <source>Unlock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka is making a new database, %1. Protected with a passphrase, it cannot be read without it if the computer, a backup or a USB stick is lost or seized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of %1 is written again under a key made from the new passphrase; the old passphrase will not open it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of %1 is written again, encrypted with a key made from the passphrase; the unencrypted file is then removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words are easy to remember and hard to guess. Nobody, not even Supolka, can open the data without it: write it down and keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::PersonExport</name>
    <message>
        <source>Choose a file name ending in .json or .csv for the export of one person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::PersonSearch</name>
    <message>
        <source>Could not update the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not search: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::PhoneNormalizer</name>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” was turned into a number by a spreadsheet and lost its last digits. Format the column as text and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” has no country code: write it with + and the country code (+375 ...) or give the member&apos;s country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” starts with an unknown country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” has too few digits for a number in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” has too many digits for a number in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” has the wrong number of digits for a number in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” is not a valid number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” is not a valid number in %2: check the area or operator code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::RecordedCommand</name>
    <message>
        <source>Could not start writing to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be done again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::RegistrationExporter</name>
    <message>
        <source>This event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::RegistrationImporter</name>
    <message>
        <source>“%1” is not a real date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has neither a name nor an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a registration id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the address was kept as typed, marked unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a status (registered or cancelled); the row was taken as registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a ticket code; the registration gets a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an attendee status Supolka knows (such as Attending, Checked In, Refunded or Cancelled); the row was taken as registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the row was taken as not checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time (such as 2026-03-25T14:05:00.000Z); it was left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of %1 holds a name or an e-mail address. Check the header line or choose the columns by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row belongs to another event (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a registration with this id belongs to another event in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person was deleted or erased in this database; the row would bring them back, so it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this registration was deleted in this database; the row would bring it back, so it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket code %1 is already someone else&apos;s in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no name, and no member has its e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds the registrations of “%1”, which was deleted here; restore that event first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::RegistrationList</name>
    <message>
        <source>Could not read the registrations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not search the registrations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the registrations&apos; sort keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not index the registrations list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::RegistrationTableModel</name>
    <message>
        <source>Guest</source>
        <comment>registration of someone who is not a member</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <comment>registration of a member</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>registration status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>registration status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <comment>registered at the door</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member or guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <comment>column: registered at the door</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::SealedBundle</name>
    <message>
        <source>Could not record the bundle&apos;s number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sealed, but this database has no keys yet, so it cannot have been sealed for it. Send your public keys to whoever sent it (on the Sync page, or supolka keys export FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or was changed after it was sealed (%2); it was not read. Ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sealed but not signed, which Supolka never does; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 names its sender&apos;s keys wrongly; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of %1 is not good (%2): it was changed or forged, and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact “%1” to seal the bundle for. Add them with their public keys first (on the Sync page, or supolka contacts add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of %1 have changed since you checked them. Compare the fingerprint with them again before sending them anything (supolka contacts check %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint of %1 has not been checked. Compare it with them on a call or in person first (supolka contacts check %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was sealed by this database, for %2: it is the copy kept of what was sent, not a bundle to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says it comes from %2, but it was signed with other keys than those you have for %2 (its fingerprint is %3). If %2 made new keys, compare this fingerprint with them and add their new keys; otherwise it is forged. It was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names other keys for %2 than those you have; it was not imported. Compare the fingerprint %3 with them and add their keys again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of %1 have changed since you checked them; %2 was not imported. Compare the fingerprint with them again (supolka contacts check %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes from %2, whose fingerprint has not been checked; it was not imported. Compare it with them, then: supolka contacts check %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was signed by %2 but says it comes from %3: it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was sealed for %2, not for this database; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is bundle number %2 from %3, but number %4 was imported already: it is an old bundle or was sent again, and was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the numbers of sealed bundles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not sealed for this database (or the part sealed for it is damaged); it was not read. Ask the sender to seal it for you again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes from %2 (%3), who is not among your contacts; it was not imported. Its fingerprint is %4: compare it with them on a call or in person, then add them on the Sync page, or with supolka contacts add %2 NAME --recipient %5 --signing-key %6 and supolka contacts check %2 --fingerprint &quot;%4&quot;, and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle number %1 from %2 was imported already; it was not imported again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::SecretBytes</name>
    <message>
        <source>Could not read the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No memory for the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase in %1 is longer than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase in %1 is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty: its first line is the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::Session</name>
    <message>
        <source>Supolka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is changed: the old one no longer opens the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is encrypted: from now on it opens only with its passphrase. Backups made before are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::SetShiftCountsCommand</name>
    <message>
        <source>Counts of shift “%1” at station %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::StationSheet</name>
    <message>
        <source>morning</source>
        <comment>shift of the election day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit poll at the door: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example “morning”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each volunteer&apos;s turn at the door has a name; counts are kept per shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One key per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counts of a paper sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click here or press Enter in the shift field, then press the key of each answer: %1 for the options, 0 for someone who would not answer. Holding a key counts it once. Ctrl+Z takes the last answer back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the respondents who named an option; for refusals, of all respondents of the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the totals of a paper sheet for this shift. They replace what the shift had, so a sheet typed twice is counted once. A field left empty is unknown and keeps what the shift had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save counts for this shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the polling station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) in this shift, of whom %1 named an option.</source>
        <translation>
            <numerusform>%n respondent in this shift, of whom %1 named an option.</numerusform>
            <numerusform>%n respondents in this shift, of whom %1 named an option.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers in this shift yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole day at this station: no answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole day at this station: %1 respondents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the polling station first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the shift first, for example “morning”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option has the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a count for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one count from the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the counts of shift “%1” at station %2. They replace what the shift had.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::StationTableModel</name>
    <message>
        <source>No exit poll at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 respondents, of whom %2 named an option and %3 refused to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No respondent named an option here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 respondents who named an option; 95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No protocol published for this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol does not give this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ballots cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit poll
(95% interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit poll: %1
(95% interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the exit-poll interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More ballots seen than the protocol gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More ballots cast than voters counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol does not add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::StorageFaults</name>
    <message>
        <source>The disk failed while Supolka read or wrote %1 (SQLite I/O error %2), so what was shown or done may be incomplete. Copy the database to another disk and check it; if it cannot be read, restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the database %1 could not be read: it is damaged (SQLite error %2), so what was shown or done may be incomplete. Restore the database from a backup, or copy it aside and ask for help before changing anything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::SyncExporter</name>
    <message>
        <source>Name this chapter before sending bundles: its code is what the secretariat and the other chapters know its rows by (on the Sync page, or supolka chapter CODE NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the bundle is for, to send only what changed since their last bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time (use 2026-05-31 or 2026-05-31T18:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was written, but could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sealed bundle is for the contact it is sealed for, not for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::SyncImporter</name>
    <message>
        <source>Line %1 of %2 has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 has no valid updated_at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 has an invalid deleted_at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 does not say which chapter made it (origin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown profile “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2, which this version of Supolka does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish the import; nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict was resolved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resolve the conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row of this conflict is no longer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member was erased here; their copy cannot bring the personal data back. Keep yours instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than any bundle Supolka writes; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not sealed, but says it comes from %2, a contact whose bundles come sealed: anyone could have made it. Ask %2 to send it sealed, or import it as unsealed if you know where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed after it was previewed; it was not imported. Open it again to see what it holds now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not sealed: anyone could have made it under the name of %2. This database exchanges sealed bundles; import it as unsealed only if you know where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::SyncKinds</name>
    <message>
        <source>Elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit-poll counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers&apos; counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; it should start with its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not have the columns of this bundle format (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 has %3 fields instead of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read at line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::SyncPage</name>
    <message>
        <source>(no name: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <comment>a row a bundle adds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <comment>a row a bundle updates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>a row a bundle deletes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange with the secretariat and other chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chapter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, such as PL-WAW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, such as Warszawa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes in it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full: members who agreed to sharing, the others pseudonymized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymized: no names, contacts or free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts only, and the exit poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since their last bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here and there: choose which version stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members by country, skill and status, attendance per event, cases by need and status, payments per currency, and the exit-poll data, which is not personal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, registrations and cases go under keyed pseudonyms that stay the same from one bundle to the next; nobody&apos;s name, contact or notes leave the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who did not agree to sharing with the secretariat, guests and sensitive aid cases leave without names or contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chapter is %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka bundles (*.supolka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n rows. Send the file as it is; it is checked when it is read.</source>
        <translation>
            <numerusform>Wrote %1: %n row. Send the file as it is; it is checked when it is read.</numerusform>
            <numerusform>Wrote %1: %n rows. Send the file as it is; it is checked when it is read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the chapter report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF with charts (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>chapter name and code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %1, made %2. It will add %3, change %4 and delete %5 rows; %6 are here already; %n conflict(s).</source>
        <translation>
            <numerusform>From %1, made %2. It will add %3, change %4 and delete %5 rows; %6 are here already; %n conflict.</numerusform>
            <numerusform>From %1, made %2. It will add %3, change %4 and delete %5 rows; %6 are here already; %n conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict: changed here too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 deleted, %4 already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed here and there: yours stay until you choose below.</source>
        <translation>
            <numerusform>%n row changed here and there: yours stays until you choose below.</numerusform>
            <numerusform>%n rows changed here and there: yours stay until you choose below.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: here “%2”, at %3 “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here %1, at %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept this chapter&apos;s version of %1; it goes to %2 with the next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took the version of %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: a plain bundle anyone can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 and this chapter can open the file, and %1 can tell that this chapter made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sealed: it holds counts and the exit poll, and nobody&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sealed: anyone who gets the file can read it. Add the secretariat on the Keys tab to seal bundles for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sealed: anyone who gets the file can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a plain bundle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the recipient on the Keys tab to seal it for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed for %1: only they can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle that is not sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle says it comes from %1, but it is not sealed: anyone could have made it. Take it only if you know that %1 gave it to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed for this chapter and signed by %1, whose fingerprint you compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sealed: nothing shows who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was sealed and signed by %1, who is not among your contacts. Add them to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle comes from %1, whose fingerprint has not been compared since their keys were added or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name this chapter first: its code and name in the fields above, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The bundle holds %n row(s): </source>
        <translation>
            <numerusform>The bundle holds %n row: </numerusform>
            <numerusform>The bundle holds %n rows: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n under pseudonyms only.</source>
        <translation>
            <numerusform>, and %n under a pseudonym only.</numerusform>
            <numerusform>, and %n under pseudonyms only.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is sealed for %1: only they and this chapter can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not sealed: it holds counts and no person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will not be sealed. Anyone who gets the file (a mailbox, a messenger, a lost USB stick) can read the names and contacts in it, and nobody can tell that this chapter made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <comment>bundle profile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pseudonymized</source>
        <comment>bundle profile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts only</source>
        <comment>bundle profile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) with people&apos;s names or contacts</source>
        <translation>
            <numerusform>%n record with people&apos;s names or contacts</numerusform>
            <numerusform>%n records with people&apos;s names or contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supolka::SyncState</name>
    <message>
        <source>Could not keep the pseudonymization key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a chapter code: use up to 32 letters, digits, dots, dashes or underscores, such as PL-WAW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not name the chapter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the exchange: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resolve the conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict was resolved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the bundle in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the counts of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::SyncStore</name>
    <message>
        <source>Could not read the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the exit-poll counts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the official results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of %1 has %2 values instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number (%2 of %3 %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 refers to %3 %4, which this database does not have. Import the earlier bundles of its chapter first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member cannot be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a count (%2 of station %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The votes of station %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of station %2: this database does not have the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the %1 of station %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options of an election cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::TicketPrinter</name>
    <message>
        <source>There is nobody to print for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this code at the door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer “%1” did not take the pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::TypedCheckIn</name>
    <message>
        <source>Nobody registered for “%1” matches “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registrants match “%1”; type more of the name, or the ticket code.</source>
        <translation type="unfinished">
            <numerusform>%n registrant matches “%1”.</numerusform>
            <numerusform>%n registrants match “%1”; type more of the name, or the ticket code.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supolka::VolunteerSuggester</name>
    <message>
        <source>%1 for %2</source>
        <comment>skill for need</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lives in the same country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the same city</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>already holds %n open case(s)</source>
        <translation>
            <numerusform>already holds %n open case</numerusform>
            <numerusform>already holds %n open cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supolka::WalkInCommand</name>
    <message>
        <source>Walk-in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered and checked in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walk-in %1 is taken back: not registered, not checked in, not a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walk-in %1 is taken back: not registered, not checked in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register someone who is not on the list of “%1” and check them in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+48 512 345 678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They agree that the chapter may contact them (e-mail, phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They agree that photos of them at events may be published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before ticking: contact means the chapter may write to or call them about its work and events; photos means pictures taken at events where they can be recognized may appear on the chapter&apos;s pages. Their data stays with the chapter and is not passed on without asking. Either can be withdrawn at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also make them a member of the chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register and check them in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without registering anyone (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the walk-in&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::age::Codec</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sealed file needs at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an age recipient (age1…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a usable X25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a well-formed age file (damaged, or not age at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a damaged X25519 stanza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not sealed for this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s header was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was altered or cut off (chunk %1 fails its check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends in an empty chunk, which age never writes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::minisign::Verifier</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not a minisign signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature uses an algorithm Supolka does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature was made with another key (key id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the file: it was altered, or signed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature&apos;s trusted comment was altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
