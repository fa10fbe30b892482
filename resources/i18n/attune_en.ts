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
    <name>Import</name>
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
        <location filename="../../attune_journal/exchange/dayone.py" line="553"/>
        <source>{name}: %n entries had no plain text, only Day One&apos;s rich text; it was turned into Markdown (headings, lists, quotes, bold, italic and links kept, colours and fonts not).</source>
        <translation>
            <numerusform>{name}: %n entry had no plain text, only Day One&apos;s rich text; it was turned into Markdown (headings, lists, quotes, bold, italic and links kept, colours and fonts not).</numerusform>
            <numerusform>{name}: %n entries had no plain text, only Day One&apos;s rich text; it was turned into Markdown (headings, lists, quotes, bold, italic and links kept, colours and fonts not).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="598"/>
        <source>{name}: %n entries carry no time zone; {how}.</source>
        <translation>
            <numerusform>{name}: %n entry carries no time zone; {how}.</numerusform>
            <numerusform>{name}: %n entries carry no time zone; {how}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="707"/>
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
        <location filename="../../attune_journal/exchange/parsed.py" line="342"/>
        <source>{name}: %n entries held a cut character (half of an emoji, as text cut at a length limit leaves); each was replaced with �.</source>
        <translation>
            <numerusform>{name}: %n entry held a cut character (half of an emoji, as text cut at a length limit leaves); each was replaced with �.</numerusform>
            <numerusform>{name}: %n entries held a cut character (half of an emoji, as text cut at a length limit leaves); each was replaced with �.</numerusform>
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
        <location filename="../../attune_journal/core/insights.py" line="728"/>
        <source>This range holds %n check-ins.</source>
        <translation>
            <numerusform>This range holds %n check-in.</numerusform>
            <numerusform>This range holds %n check-ins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="738"/>
        <source>Nothing stands out yet among %n comparisons.</source>
        <translation>
            <numerusform>Nothing stands out yet among %n comparison.</numerusform>
            <numerusform>Nothing stands out yet among %n comparisons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="739"/>
        <source>That is an honest answer, not a shortcoming: with %n check-ins only large differences can show.</source>
        <translation>
            <numerusform>That is an honest answer, not a shortcoming: with %n check-in only large differences can show.</numerusform>
            <numerusform>That is an honest answer, not a shortcoming: with %n check-ins only large differences can show.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="746"/>
        <source>About %n more months of journaling at your pace would double what there is to look at and let smaller patterns show.</source>
        <translation>
            <numerusform>About %n more month of journaling at your pace would double what there is to look at and let smaller patterns show.</numerusform>
            <numerusform>About %n more months of journaling at your pace would double what there is to look at and let smaller patterns show.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="781"/>
        <source>In this range %n comparisons were made.</source>
        <translation>
            <numerusform>In this range %n comparison was made.</numerusform>
            <numerusform>In this range %n comparisons were made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="789"/>
        <source>%n passed.</source>
        <translation>
            <numerusform>%n passed.</numerusform>
            <numerusform>%n passed.</numerusform>
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
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="87"/>
        <source>Sent %n changes from this computer.</source>
        <translation>
            <numerusform>Sent %n change from this computer.</numerusform>
            <numerusform>Sent %n changes from this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="89"/>
        <source>%n entries came in.</source>
        <translation>
            <numerusform>%n entry came in.</numerusform>
            <numerusform>%n entries came in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="146"/>
        <source>%n entries were edited on two computers at once; both versions are kept under Conflicts to resolve.</source>
        <translation>
            <numerusform>%n entry was edited on two computers at once; both versions are kept under Conflicts to resolve.</numerusform>
            <numerusform>%n entries were edited on two computers at once; both versions are kept under Conflicts to resolve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="157"/>
        <source>%n weeks have a weekly review or check-in written on each of two computers; both are kept under Conflicts to resolve.</source>
        <translation>
            <numerusform>%n week has a weekly review or check-in written on each of two computers; both are kept under Conflicts to resolve.</numerusform>
            <numerusform>%n weeks have a weekly review or check-in written on each of two computers; both are kept under Conflicts to resolve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="180"/>
        <source>%n files the sync tool left behind were passed over.</source>
        <translation>
            <numerusform>%n file the sync tool left behind was passed over.</numerusform>
            <numerusform>%n files the sync tool left behind were passed over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="186"/>
        <source>%n files still being written (or left half-written) were passed over.</source>
        <translation>
            <numerusform>%n file still being written (or left half-written) was passed over.</numerusform>
            <numerusform>%n files still being written (or left half-written) were passed over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsScreen</name>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="705"/>
        <source>Each region shown was noticed %n times in this range.</source>
        <translation>
            <numerusform>Each region shown was noticed once in this range.</numerusform>
            <numerusform>Each region shown was noticed %n times in this range.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="712"/>
        <source>Colour spread over this range: faintest %n times, strongest {most} times.</source>
        <translation>
            <numerusform>Colour spread over this range: faintest once, strongest {most} times.</numerusform>
            <numerusform>Colour spread over this range: faintest %n times, strongest {most} times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="730"/>
        <source>{region}: noticed %n times, mostly {family}</source>
        <translation>
            <numerusform>{region}: noticed once, mostly {family}</numerusform>
            <numerusform>{region}: noticed %n times, mostly {family}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="732"/>
        <source>{region}: noticed %n times</source>
        <translation>
            <numerusform>{region}: noticed once</numerusform>
            <numerusform>{region}: noticed %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="761"/>
        <source>%n tries</source>
        <translation>
            <numerusform>%n try</numerusform>
            <numerusform>%n tries</numerusform>
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
</TS>
