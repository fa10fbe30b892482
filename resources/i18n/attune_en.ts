<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CheckInSummary</name>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/checkin_steps.py" line="603"/>
        <source>%n words</source>
        <translation>
            <numerusform>one word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <location filename="../../attune_journal/cli.py" line="486"/>
        <source>Found %n problems:</source>
        <translation>
            <numerusform>Found %n problem:</numerusform>
            <numerusform>Found %n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/cli.py" line="750"/>
        <source>%n backups are now encrypted too.</source>
        <translation>
            <numerusform>%n backup is now encrypted too.</numerusform>
            <numerusform>%n backups are now encrypted too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/cli.py" line="771"/>
        <source>%n backups were decrypted too.</source>
        <translation>
            <numerusform>%n backup was decrypted too.</numerusform>
            <numerusform>%n backups were decrypted too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/cli.py" line="788"/>
        <source>%n older backups still need an older passphrase.</source>
        <translation>
            <numerusform>%n older backup still needs an older passphrase.</numerusform>
            <numerusform>%n older backups still need an older passphrase.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataFolderSection</name>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/settings/data_folder.py" line="65"/>
        <source>keep %n backups</source>
        <translation>
            <numerusform>keep %n backup</numerusform>
            <numerusform>keep %n backups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message numerus="yes">
        <location filename="../../attune_journal/core/models.py" line="252"/>
        <source>The feeling word is longer than %n characters.</source>
        <translation>
            <numerusform>The feeling word is longer than %n character.</numerusform>
            <numerusform>The feeling word is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/models.py" line="288"/>
        <source>The need is longer than %n characters.</source>
        <translation>
            <numerusform>The need is longer than %n character.</numerusform>
            <numerusform>The need is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/models.py" line="324"/>
        <source>The tag &apos;{tag}…&apos; is longer than %n characters.</source>
        <translation>
            <numerusform>The tag &apos;{tag}…&apos; is longer than %n character.</numerusform>
            <numerusform>The tag &apos;{tag}…&apos; is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/models.py" line="380"/>
        <source>The detail name &apos;{key}…&apos; is longer than %n characters.</source>
        <translation>
            <numerusform>The detail name &apos;{key}…&apos; is longer than %n character.</numerusform>
            <numerusform>The detail name &apos;{key}…&apos; is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="109"/>
        <source>%n files in {target} already exist with different content:

{files}

Replace them with this export? Other files there are left alone.</source>
        <translation>
            <numerusform>%n file in {target} already exists with different content:

{files}

Replace it with this export? Other files there are left alone.</numerusform>
            <numerusform>%n files in {target} already exist with different content:

{files}

Replace them with this export? Other files there are left alone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/markdown_export.py" line="70"/>
        <source>{target} already holds %n files with different content ({shown}); nothing was written. Choose another place, or replace them (--force on the command line).</source>
        <translation>
            <numerusform>{target} already holds %n file with different content ({shown}); nothing was written. Choose another place, or replace it (--force on the command line).</numerusform>
            <numerusform>{target} already holds %n files with different content ({shown}); nothing was written. Choose another place, or replace them (--force on the command line).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/markdown_export.py" line="99"/>
        <source>Exported %n entries to {target}:</source>
        <translation>
            <numerusform>Exported %n entry to {target}:</numerusform>
            <numerusform>Exported %n entries to {target}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/markdown_export.py" line="101"/>
        <source>%n files written, {unchanged} already up to date ({seconds} s).</source>
        <translation>
            <numerusform>%n file written, {unchanged} already up to date ({seconds} s).</numerusform>
            <numerusform>%n files written, {unchanged} already up to date ({seconds} s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/markdown_export.py" line="273"/>
        <source>The export was cancelled after {done} of %Ln changed files; every file in the folder is whole (old or new).</source>
        <translation>
            <numerusform>The export was cancelled after {done} of %Ln changed file; every file in the folder is whole (old or new).</numerusform>
            <numerusform>The export was cancelled after {done} of %Ln changed files; every file in the folder is whole (old or new).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="495"/>
        <source>Exported %n entries to {target}.</source>
        <translation>
            <numerusform>Exported %n entry to {target}.</numerusform>
            <numerusform>Exported %n entries to {target}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="498"/>
        <source>%n files written, {same} already up to date.</source>
        <translation>
            <numerusform>%n file written, {same} already up to date.</numerusform>
            <numerusform>%n files written, {same} already up to date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeelingPicker</name>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1272"/>
        <source>That is longer than %n characters; a shorter word fits.</source>
        <translation>
            <numerusform>That is longer than %n character; a shorter word fits.</numerusform>
            <numerusform>That is longer than %n characters; a shorter word fits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/history.py" line="1169"/>
        <source>%Ln entries in the trash</source>
        <translation>
            <numerusform>%Ln entry in the trash</numerusform>
            <numerusform>%Ln entries in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/history.py" line="1190"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/daylio.py" line="264"/>
        <source>{name}, {where}: expected %n columns, found {found}</source>
        <translation>
            <numerusform>{name}, {where}: expected %n column, found {found}</numerusform>
            <numerusform>{name}, {where}: expected %n columns, found {found}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/daylio.py" line="270"/>
        <source>{name}, {where}: %n cells where the header has {columns}; a comma outside quotes (in a note or an activity) splits the row, so it cannot be read whole. Put that cell in quotes or remove the comma; nothing was imported.</source>
        <translation>
            <numerusform>{name}, {where}: %n cell where the header has {columns}; a comma outside quotes (in a note or an activity) splits the row, so it cannot be read whole. Put that cell in quotes or remove the comma; nothing was imported.</numerusform>
            <numerusform>{name}, {where}: %n cells where the header has {columns}; a comma outside quotes (in a note or an activity) splits the row, so it cannot be read whole. Put that cell in quotes or remove the comma; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/daylio.py" line="385"/>
        <source>{where}: the activity &apos;{activity}…&apos; is longer than %n characters, the most a tag holds, and was left out.</source>
        <translation>
            <numerusform>{where}: the activity &apos;{activity}…&apos; is longer than %n character, the most a tag holds, and was left out.</numerusform>
            <numerusform>{where}: the activity &apos;{activity}…&apos; is longer than %n characters, the most a tag holds, and was left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="422"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="426"/>
        <source>{name}: %n Day One fields not kept in the journal: {fields}; they stay in the Day One export.</source>
        <translation>
            <numerusform>{name}: Day One field not kept in the journal: {fields}; it stays in the Day One export.</numerusform>
            <numerusform>{name}: Day One fields not kept in the journal: {fields}; they stay in the Day One export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="512"/>
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="513"/>
        <source>%n videos</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="514"/>
        <source>%n audio recordings</source>
        <translation>
            <numerusform>%n audio recording</numerusform>
            <numerusform>%n audio recordings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="515"/>
        <source>%n PDF files</source>
        <translation>
            <numerusform>%n PDF file</numerusform>
            <numerusform>%n PDF files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="562"/>
        <source>{name}: %n entries had no plain text, only Day One&apos;s rich text; it was turned into Markdown (headings, lists, quotes, bold, italic and links kept, colours and fonts not).</source>
        <translation>
            <numerusform>{name}: %n entry had no plain text, only Day One&apos;s rich text; it was turned into Markdown (headings, lists, quotes, bold, italic and links kept, colours and fonts not).</numerusform>
            <numerusform>{name}: %n entries had no plain text, only Day One&apos;s rich text; it was turned into Markdown (headings, lists, quotes, bold, italic and links kept, colours and fonts not).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="607"/>
        <source>{name}: %n entries carry no time zone; {how}.</source>
        <translation>
            <numerusform>{name}: %n entry carries no time zone; {how}.</numerusform>
            <numerusform>{name}: %n entries carry no time zone; {how}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="716"/>
        <source>{name}: %n media files in the .zip were not copied into the journal; keep the .zip if you want them.</source>
        <translation>
            <numerusform>{name}: %n media file in the .zip was not copied into the journal; keep the .zip if you want it.</numerusform>
            <numerusform>{name}: %n media files in the .zip were not copied into the journal; keep the .zip if you want them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/importing.py" line="98"/>
        <source>Imported %n entries from {source} ({added} new, {updated} updated, {kept} kept beside your edits).</source>
        <translation>
            <numerusform>Imported %n entry from {source} ({added} new, {updated} updated, {kept} kept beside your edits).</numerusform>
            <numerusform>Imported %n entries from {source} ({added} new, {updated} updated, {kept} kept beside your edits).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/importing.py" line="106"/>
        <source>Imported %n entries from {source} ({added} new, {updated} updated).</source>
        <translation>
            <numerusform>Imported %n entry from {source} ({added} new, {updated} updated).</numerusform>
            <numerusform>Imported %n entries from {source} ({added} new, {updated} updated).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/importing.py" line="113"/>
        <source>Imported %n entries from {source}.</source>
        <translation>
            <numerusform>Imported %n entry from {source}.</numerusform>
            <numerusform>Imported %n entries from {source}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/importing.py" line="117"/>
        <source>%n entries were already in your journal, unchanged.</source>
        <translation>
            <numerusform>%n entry was already in your journal, unchanged.</numerusform>
            <numerusform>%n entries were already in your journal, unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/importing.py" line="527"/>
        <source>Kept %n weeks your partners shared ({already} of {found} were in your journal already).</source>
        <translation>
            <numerusform>Kept %n week your partners shared ({already} of {found} were in your journal already).</numerusform>
            <numerusform>Kept %n weeks your partners shared ({already} of {found} were in your journal already).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/importing.py" line="535"/>
        <source>Kept %n weeks your partners shared.</source>
        <translation>
            <numerusform>Kept %n week your partners shared.</numerusform>
            <numerusform>Kept %n weeks your partners shared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/jrnl.py" line="169"/>
        <source>{name}, line {line}: the entry that starts here is longer than %Ln characters, the most one entry can hold; please split it into several entries.</source>
        <translation>
            <numerusform>{name}, line {line}: the entry that starts here is longer than %Ln character, the most one entry can hold; please split it into several entries.</numerusform>
            <numerusform>{name}, line {line}: the entry that starts here is longer than %Ln characters, the most one entry can hold; please split it into several entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/markdown_import.py" line="535"/>
        <source>{where}: the text is not %n characters long as &apos;text_chars&apos; says; was the file edited? Import the folder export instead, or fix text_chars.</source>
        <translation>
            <numerusform>{where}: the text is not %n character long as &apos;text_chars&apos; says; was the file edited? Import the folder export instead, or fix text_chars.</numerusform>
            <numerusform>{where}: the text is not %n characters long as &apos;text_chars&apos; says; was the file edited? Import the folder export instead, or fix text_chars.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/markdown_import.py" line="621"/>
        <source>%n notes from another app, dated: {sources}.</source>
        <translation>
            <numerusform>%n note from another app, dated: {sources}.</numerusform>
            <numerusform>%n notes from another app, dated: {sources}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/markdown_import.py" line="664"/>
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/parsed.py" line="115"/>
        <source>{name}: this folder holds more than %Ln entries, the most one import takes; split it and import the parts one after another.</source>
        <translation>
            <numerusform>{name}: this folder holds more than %Ln entry, the most one import takes; split it and import the parts one after another.</numerusform>
            <numerusform>{name}: this folder holds more than %Ln entries, the most one import takes; split it and import the parts one after another.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/parsed.py" line="123"/>
        <source>{name}: this file holds more than %Ln entries, the most one import takes; split it and import the parts one after another.</source>
        <translation>
            <numerusform>{name}: this file holds more than %Ln entry, the most one import takes; split it and import the parts one after another.</numerusform>
            <numerusform>{name}: this file holds more than %Ln entries, the most one import takes; split it and import the parts one after another.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/parsed.py" line="354"/>
        <source>{name}: %n entries held a cut character (half of an emoji, as text cut at a length limit leaves); each was replaced with �.</source>
        <translation>
            <numerusform>{name}: %n entry held a cut character (half of an emoji, as text cut at a length limit leaves); each was replaced with �.</numerusform>
            <numerusform>{name}: %n entries held a cut character (half of an emoji, as text cut at a length limit leaves); each was replaced with �.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/parsed.py" line="523"/>
        <source>{where}: the tag &apos;{tag}…&apos; is longer than %n characters and was left out (the text is unchanged).</source>
        <translation>
            <numerusform>{where}: the tag &apos;{tag}…&apos; is longer than %n character and was left out (the text is unchanged).</numerusform>
            <numerusform>{where}: the tag &apos;{tag}…&apos; is longer than %n characters and was left out (the text is unchanged).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/commands.py" line="164"/>
        <source>%n damaged entries could not be read and were left out; `attune-journal check` names them.</source>
        <translation>
            <numerusform>%n damaged entry could not be read and was left out; `attune-journal check` names it.</numerusform>
            <numerusform>%n damaged entries could not be read and were left out; `attune-journal check` names them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/commands.py" line="323"/>
        <source>Checked {name}; saving %Ln entries after a backup…</source>
        <translation>
            <numerusform>Checked {name}; saving %Ln entry after a backup…</numerusform>
            <numerusform>Checked {name}; saving %Ln entries after a backup…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="210"/>
        <source>%n comparisons</source>
        <translation>
            <numerusform>%n comparison</numerusform>
            <numerusform>%n comparisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="211"/>
        <source>%n of {comparisons} stand out.</source>
        <translation>
            <numerusform>%n of {comparisons} stands out.</numerusform>
            <numerusform>%n of {comparisons} stand out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="723"/>
        <source>Nothing stands out yet. Each comparison needs at least %n check-ins on both sides.</source>
        <translation>
            <numerusform>Nothing stands out yet. Each comparison needs at least %n check-in on both sides.</numerusform>
            <numerusform>Nothing stands out yet. Each comparison needs at least %n check-ins on both sides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="730"/>
        <source>This range holds %n check-ins.</source>
        <translation>
            <numerusform>This range holds %n check-in.</numerusform>
            <numerusform>This range holds %n check-ins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="740"/>
        <source>Nothing stands out yet among %n comparisons.</source>
        <translation>
            <numerusform>Nothing stands out yet among %n comparison.</numerusform>
            <numerusform>Nothing stands out yet among %n comparisons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="741"/>
        <source>That is an honest answer, not a shortcoming: with %n check-ins only large differences can show.</source>
        <translation>
            <numerusform>That is an honest answer, not a shortcoming: with %n check-in only large differences can show.</numerusform>
            <numerusform>That is an honest answer, not a shortcoming: with %n check-ins only large differences can show.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="748"/>
        <source>About %n more months of journaling at your pace would double what there is to look at and let smaller patterns show.</source>
        <translation>
            <numerusform>About %n more month of journaling at your pace would double what there is to look at and let smaller patterns show.</numerusform>
            <numerusform>About %n more months of journaling at your pace would double what there is to look at and let smaller patterns show.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="774"/>
        <source>For activation the two averages are compared (Welch&apos;s t test); for feelings, how often they were mostly pleasant (a comparison of two shares). A group needs at least %n check-ins on each side before it is compared at all; n is how many check-ins each side holds.</source>
        <translation>
            <numerusform>For activation the two averages are compared (Welch&apos;s t test); for feelings, how often they were mostly pleasant (a comparison of two shares). A group needs at least %n check-in on each side before it is compared at all; n is how many check-ins each side holds.</numerusform>
            <numerusform>For activation the two averages are compared (Welch&apos;s t test); for feelings, how often they were mostly pleasant (a comparison of two shares). A group needs at least %n check-ins on each side before it is compared at all; n is how many check-ins each side holds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="785"/>
        <source>In this range %n comparisons were made.</source>
        <translation>
            <numerusform>In this range %n comparison was made.</numerusform>
            <numerusform>In this range %n comparisons were made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="793"/>
        <source>%n passed.</source>
        <translation>
            <numerusform>%n passed.</numerusform>
            <numerusform>%n passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/insights_panel.py" line="277"/>
        <source>%n of them are hidden.</source>
        <translation>
            <numerusform>%n of them is hidden.</numerusform>
            <numerusform>%n of them are hidden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerFiles</name>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/partner.py" line="286"/>
        <source>Please keep your partner&apos;s name under %n characters.</source>
        <translation>
            <numerusform>Please keep your partner&apos;s name under %n character.</numerusform>
            <numerusform>Please keep your partner&apos;s name under %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message numerus="yes">
        <location filename="../../attune_journal/storage/crypto.py" line="286"/>
        <source>The new copy of the journal holds %Ln entries, not {expected}.</source>
        <translation>
            <numerusform>The new copy of the journal holds %Ln entry, not {expected}.</numerusform>
            <numerusform>The new copy of the journal holds %Ln entries, not {expected}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strategies</name>
    <message numerus="yes">
        <location filename="../../attune_journal/core/stats.py" line="750"/>
        <source>%n tries</source>
        <translation>
            <numerusform>%n try</numerusform>
            <numerusform>%n tries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/stats.py" line="784"/>
        <source>Waiting, with no strategy noted: on average {steps} between readings up to {minutes} minutes apart (%n times)</source>
        <translation>
            <numerusform>Waiting, with no strategy noted: on average {steps} between readings up to {minutes} minutes apart (%n time)</numerusform>
            <numerusform>Waiting, with no strategy noted: on average {steps} between readings up to {minutes} minutes apart (%n times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/stats.py" line="791"/>
        <source>Nothing to compare with yet: strategies are set against waiting, two check-ins or notes up to %n minutes apart with no strategy noted ({waits} of {needed} so far)</source>
        <translation>
            <numerusform>Nothing to compare with yet: strategies are set against waiting, two check-ins or notes up to %n minute apart with no strategy noted ({waits} of {needed} so far)</numerusform>
            <numerusform>Nothing to compare with yet: strategies are set against waiting, two check-ins or notes up to %n minutes apart with no strategy noted ({waits} of {needed} so far)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportSection</name>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="132"/>
        <source>Please keep the name and the way to reach them under %n characters.</source>
        <translation>
            <numerusform>Please keep the name and the way to reach them under %n character.</numerusform>
            <numerusform>Please keep the name and the way to reach them under %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="163"/>
        <source>Please keep each field under %n characters.</source>
        <translation>
            <numerusform>Please keep each field under %n character.</numerusform>
            <numerusform>Please keep each field under %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="91"/>
        <source>Sent %n changes from this computer.</source>
        <translation>
            <numerusform>Sent %n change from this computer.</numerusform>
            <numerusform>Sent %n changes from this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="93"/>
        <source>%n entries came in.</source>
        <translation>
            <numerusform>%n entry came in.</numerusform>
            <numerusform>%n entries came in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="150"/>
        <source>%n entries were edited on two computers at once; both versions are kept under Conflicts to resolve.</source>
        <translation>
            <numerusform>%n entry was edited on two computers at once; both versions are kept under Conflicts to resolve.</numerusform>
            <numerusform>%n entries were edited on two computers at once; both versions are kept under Conflicts to resolve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="161"/>
        <source>%n weeks have a weekly review or check-in written on each of two computers; both are kept under Conflicts to resolve.</source>
        <translation>
            <numerusform>%n week has a weekly review or check-in written on each of two computers; both are kept under Conflicts to resolve.</numerusform>
            <numerusform>%n weeks have a weekly review or check-in written on each of two computers; both are kept under Conflicts to resolve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="184"/>
        <source>%n files the sync tool left behind were passed over.</source>
        <translation>
            <numerusform>%n file the sync tool left behind was passed over.</numerusform>
            <numerusform>%n files the sync tool left behind were passed over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="190"/>
        <source>%n files still being written (or left half-written) were passed over.</source>
        <translation>
            <numerusform>%n file still being written (or left half-written) was passed over.</numerusform>
            <numerusform>%n files still being written (or left half-written) were passed over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/settings/sync.py" line="255"/>
        <source>Please use a sync passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Please use a sync passphrase of at least %n character.</numerusform>
            <numerusform>Please use a sync passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsScreen</name>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="551"/>
        <source>{start} to {end} · %Ln check-ins and notes</source>
        <translation>
            <numerusform>{start} to {end} · %Ln check-in or note</numerusform>
            <numerusform>{start} to {end} · %Ln check-ins and notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="563"/>
        <source>A few more check-ins and patterns will start to show. So far %n readings in this range; the charts appear from {min}.</source>
        <translation>
            <numerusform>A few more check-ins and patterns will start to show. So far %n reading in this range; the charts appear from {min}.</numerusform>
            <numerusform>A few more check-ins and patterns will start to show. So far %n readings in this range; the charts appear from {min}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="592"/>
        <source>Activation: {inside}% of readings inside your window ({low}–{high}), {above}% above, {below}% below; %Ln readings.</source>
        <translation>
            <numerusform>Activation: {inside}% of readings inside your window ({low}–{high}), {above}% above, {below}% below; %Ln reading.</numerusform>
            <numerusform>Activation: {inside}% of readings inside your window ({low}–{high}), {above}% above, {below}% below; %Ln readings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="603"/>
        <source>The line is a rolling mean over %n days.</source>
        <translation>
            <numerusform>The line is a rolling mean over %n day.</numerusform>
            <numerusform>The line is a rolling mean over %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="665"/>
        <source>Each bar shows the %n weeks around it; hover for a week&apos;s own shares.</source>
        <translation>
            <numerusform>Each bar shows the %n week around it; hover for a week&apos;s own shares.</numerusform>
            <numerusform>Each bar shows the %n weeks around it; hover for a week&apos;s own shares.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="711"/>
        <source>Each region shown was noticed %n times in this range.</source>
        <translation>
            <numerusform>Each region shown was noticed once in this range.</numerusform>
            <numerusform>Each region shown was noticed %n times in this range.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="718"/>
        <source>Colour spread over this range: faintest %n times, strongest {most} times.</source>
        <translation>
            <numerusform>Colour spread over this range: faintest once, strongest {most} times.</numerusform>
            <numerusform>Colour spread over this range: faintest %n times, strongest {most} times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="736"/>
        <source>{region}: noticed %n times, mostly {family}</source>
        <translation>
            <numerusform>{region}: noticed once, mostly {family}</numerusform>
            <numerusform>{region}: noticed %n times, mostly {family}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="738"/>
        <source>{region}: noticed %n times</source>
        <translation>
            <numerusform>{region}: noticed once</numerusform>
            <numerusform>{region}: noticed %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="773"/>
        <source>%Ln tries of a strategy with a before and after.</source>
        <translation>
            <numerusform>%Ln try of a strategy with a before and after.</numerusform>
            <numerusform>%Ln tries of a strategy with a before and after.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="775"/>
        <source>Activation often settles by itself, so each strategy tried %n times or more is set against waiting: how your readings moved toward the middle of your window when two came up to {minutes} minutes apart with no strategy noted.</source>
        <translation>
            <numerusform>Activation often settles by itself, so each strategy tried once or more is set against waiting: how your readings moved toward the middle of your window when two came up to {minutes} minutes apart with no strategy noted.</numerusform>
            <numerusform>Activation often settles by itself, so each strategy tried %n times or more is set against waiting: how your readings moved toward the middle of your window when two came up to {minutes} minutes apart with no strategy noted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="783"/>
        <source>Of {ranked}, %n seem to help more than waiting, and only when the difference holds even at the cautious end of its range (a 95% interval).</source>
        <translation>
            <numerusform>Of {ranked}, %n seems to help more than waiting, and only when the difference holds even at the cautious end of its range (a 95% interval).</numerusform>
            <numerusform>Of {ranked}, %n seem to help more than waiting, and only when the difference holds even at the cautious end of its range (a 95% interval).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="800"/>
        <source>%Ln tries of a strategy with a before and after so far.</source>
        <translation>
            <numerusform>%Ln try of a strategy with a before and after so far.</numerusform>
            <numerusform>%Ln tries of a strategy with a before and after so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="802"/>
        <source>After %n tries of one strategy, this shows whether it seems to help more than waiting.</source>
        <translation>
            <numerusform>After %n try of one strategy, this shows whether it seems to help more than waiting.</numerusform>
            <numerusform>After %n tries of one strategy, this shows whether it seems to help more than waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="837"/>
        <source>%n weekly check-ins in this range. Latest ({week}): {scores}. A direction to notice, never a grade. Each row is one pillar, 1 at the bottom of its row and 5 at the top.</source>
        <translation>
            <numerusform>%n weekly check-in in this range. Latest ({week}): {scores}. A direction to notice, never a grade. Each row is one pillar, 1 at the bottom of its row and 5 at the top.</numerusform>
            <numerusform>%n weekly check-ins in this range. Latest ({week}): {scores}. A direction to notice, never a grade. Each row is one pillar, 1 at the bottom of its row and 5 at the top.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="847"/>
        <source>Each line is a rolling mean over %n weeks; hover for a week&apos;s own scores.</source>
        <translation>
            <numerusform>Each line is a rolling mean over %n week; hover for a week&apos;s own scores.</numerusform>
            <numerusform>Each line is a rolling mean over %n weeks; hover for a week&apos;s own scores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="888"/>
        <source>{year}: a check-in on %n days.</source>
        <translation>
            <numerusform>{year}: a check-in on %n day.</numerusform>
            <numerusform>{year}: a check-in on %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekReview</name>
    <message numerus="yes">
        <location filename="../../attune_journal/core/review.py" line="358"/>
        <source>{region}: noticed %n times, mostly {family}</source>
        <translation>
            <numerusform>{region}: noticed once, mostly {family}</numerusform>
            <numerusform>{region}: noticed %n times, mostly {family}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/review.py" line="362"/>
        <source>{region}: noticed %n times</source>
        <translation>
            <numerusform>{region}: noticed once</numerusform>
            <numerusform>{region}: noticed %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearCalendar</name>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/widgets/year_calendar.py" line="194"/>
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearInFeelings</name>
    <message numerus="yes">
        <location filename="../../attune_journal/core/year.py" line="90"/>
        <source>A check-in on %n of the last {recent} days of {year}.</source>
        <translation>
            <numerusform>A check-in on %n of the last {recent} days of {year}.</numerusform>
            <numerusform>A check-in on %n of the last {recent} days of {year}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/year.py" line="96"/>
        <source>A check-in on %n of the last {recent} days.</source>
        <translation>
            <numerusform>A check-in on %n of the last {recent} days.</numerusform>
            <numerusform>A check-in on %n of the last {recent} days.</numerusform>
        </translation>
    </message>
</context>
</TS>
