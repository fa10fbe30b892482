<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Insights</name>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="207"/>
        <source>%n comparisons</source>
        <translation>
            <numerusform>%n comparison</numerusform>
            <numerusform>%n comparisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="208"/>
        <source>%n of {comparisons} stand out.</source>
        <translation>
            <numerusform>%n of {comparisons} stands out.</numerusform>
            <numerusform>%n of {comparisons} stand out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="705"/>
        <source>This range holds %n check-ins.</source>
        <translation>
            <numerusform>This range holds %n check-in.</numerusform>
            <numerusform>This range holds %n check-ins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="715"/>
        <source>Nothing stands out yet among %n comparisons.</source>
        <translation>
            <numerusform>Nothing stands out yet among %n comparison.</numerusform>
            <numerusform>Nothing stands out yet among %n comparisons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="716"/>
        <source>That is an honest answer, not a shortcoming: with %n check-ins only large differences can show.</source>
        <translation>
            <numerusform>That is an honest answer, not a shortcoming: with %n check-in only large differences can show.</numerusform>
            <numerusform>That is an honest answer, not a shortcoming: with %n check-ins only large differences can show.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="723"/>
        <source>About %n more months of journaling at your pace would double what there is to look at and let smaller patterns show.</source>
        <translation>
            <numerusform>About %n more month of journaling at your pace would double what there is to look at and let smaller patterns show.</numerusform>
            <numerusform>About %n more months of journaling at your pace would double what there is to look at and let smaller patterns show.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="758"/>
        <source>In this range %n comparisons were made.</source>
        <translation>
            <numerusform>In this range %n comparison was made.</numerusform>
            <numerusform>In this range %n comparisons were made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="766"/>
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
        <location filename="../../attune_journal/core/stats.py" line="724"/>
        <source>%n tries</source>
        <translation>
            <numerusform>%n try</numerusform>
            <numerusform>%n tries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/stats.py" line="758"/>
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
        <location filename="../../attune_journal/sync/session.py" line="80"/>
        <source>Sent %n changes from this computer.</source>
        <translation>
            <numerusform>Sent %n change from this computer.</numerusform>
            <numerusform>Sent %n changes from this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="82"/>
        <source>%n entries came in.</source>
        <translation>
            <numerusform>%n entry came in.</numerusform>
            <numerusform>%n entries came in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="138"/>
        <source>%n entries were edited on two computers at once; both versions are kept under Conflicts to resolve.</source>
        <translation>
            <numerusform>%n entry was edited on two computers at once; both versions are kept under Conflicts to resolve.</numerusform>
            <numerusform>%n entries were edited on two computers at once; both versions are kept under Conflicts to resolve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="161"/>
        <source>%n files the sync tool left behind were passed over.</source>
        <translation>
            <numerusform>%n file the sync tool left behind was passed over.</numerusform>
            <numerusform>%n files the sync tool left behind were passed over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="167"/>
        <source>%n files still being written (or left half-written) were passed over.</source>
        <translation>
            <numerusform>%n file still being written (or left half-written) was passed over.</numerusform>
            <numerusform>%n files still being written (or left half-written) were passed over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekReview</name>
    <message numerus="yes">
        <location filename="../../attune_journal/core/review.py" line="357"/>
        <source>{region}: noticed %n times, mostly {family}</source>
        <translation>
            <numerusform>{region}: noticed once, mostly {family}</numerusform>
            <numerusform>{region}: noticed %n times, mostly {family}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/review.py" line="361"/>
        <source>{region}: noticed %n times</source>
        <translation>
            <numerusform>{region}: noticed once</numerusform>
            <numerusform>{region}: noticed %n times</numerusform>
        </translation>
    </message>
</context>
</TS>
