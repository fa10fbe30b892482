<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActivationScale</name>
    <message>
        <location filename="../../attune_journal/ui/widgets/activation_scale.py" line="41"/>
        <source>flat or shut down</source>
        <translation>matt, abgeschaltet</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/activation_scale.py" line="42"/>
        <source>steady</source>
        <translation>im Gleichgewicht</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/activation_scale.py" line="43"/>
        <source>revved</source>
        <translation>aufgedreht</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/activation_scale.py" line="44"/>
        <source>overwhelmed</source>
        <translation>überwältigt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/activation_scale.py" line="80"/>
        <source>Activation, 0 to 10</source>
        <translation>Aktivierung, 0 bis 10</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/activation_scale.py" line="123"/>
        <source>Activation not set. Your window is {low} to {high}.</source>
        <translation>Aktivierung noch nicht gewählt. Dein Fenster reicht von {low} bis {high}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/activation_scale.py" line="127"/>
        <source>Activation {value} of 10, above your window ({low} to {high})</source>
        <translation>Aktivierung {value} von 10, über deinem Fenster ({low} bis {high})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/activation_scale.py" line="129"/>
        <source>Activation {value} of 10, below your window ({low} to {high})</source>
        <translation>Aktivierung {value} von 10, unter deinem Fenster ({low} bis {high})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/activation_scale.py" line="131"/>
        <source>Activation {value} of 10, inside your window ({low} to {high})</source>
        <translation>Aktivierung {value} von 10, in deinem Fenster ({low} bis {high})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/activation_scale.py" line="188"/>
        <source>Not set yet: click a number or type 0 to 10</source>
        <translation>Noch offen: Klick auf eine Zahl oder tipp 0 bis 10</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/activation_scale.py" line="319"/>
        <source>Left and Right step, type a number from 0 to 10 to jump, Home and End go to 0 and 10, Delete clears.</source>
        <translation>Pfeil links und rechts gehen einen Schritt, eine Zahl von 0 bis 10 springt direkt hin, Pos1 und Ende gehen zu 0 und 10, Entf leert die Auswahl.</translation>
    </message>
</context>
<context>
    <name>AppearanceSection</name>
    <message>
        <location filename="../../attune_journal/ui/settings/appearance.py" line="16"/>
        <source>Appearance</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/appearance.py" line="22"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/appearance.py" line="22"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/appearance.py" line="23"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/appearance.py" line="27"/>
        <source>Colour theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/appearance.py" line="29"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/appearance.py" line="36"/>
        <source>Text size in percent</source>
        <translation>Textgröße in Prozent</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/appearance.py" line="39"/>
        <source>Text &amp;size</source>
        <translation>Te&amp;xtgröße</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/appearance.py" line="41"/>
        <source>Offer a short breathing animation when arriving</source>
        <translation>Beim Ankommen eine kurze Atemanimation anbieten</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/appearance.py" line="54"/>
        <source>theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/appearance.py" line="59"/>
        <source>text size {value}%</source>
        <translation>Textgröße {value} %</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/appearance.py" line="63"/>
        <source>breathing animation</source>
        <translation>Atemanimation</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../attune_journal/ui/application.py" line="122"/>
        <source>The journal&apos;s folder could not be opened: {reason}</source>
        <translation>Der Ordner des Journals konnte nicht geöffnet werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ArrivePage</name>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="123"/>
        <source>Take a moment to arrive</source>
        <translation>Nimm dir einen Moment, um anzukommen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="125"/>
        <source>Go slowly. There are no right answers, and every step can be skipped. Esc keeps what you have so far for later.</source>
        <translation>Lass dir Zeit. Es gibt keine richtigen Antworten, und jeden Schritt kannst du überspringen. Mit Esc hebst du das Bisherige für später auf.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="135"/>
        <source>Today&apos;s prompt</source>
        <translation>Impuls für heute</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="144"/>
        <source>Prompt</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="145"/>
        <source>Another prompt</source>
        <translation>Anderer Impuls</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="146"/>
        <source>Show a different prompt</source>
        <translation>Einen anderen Impuls zeigen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="159"/>
        <source>Breathe with me</source>
        <translation>Atme mit mir</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="161"/>
        <source>Three slow breaths with a circle: about 4 seconds in, 6 seconds out</source>
        <translation>Drei langsame Atemzüge mit einem Kreis: etwa 4 Sekunden ein, 6 Sekunden aus</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="177"/>
        <source>Arrive</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="185"/>
        <source>If you like, take one slow breath before you go on.</source>
        <translation>Wenn du magst, nimm einen langsamen Atemzug, bevor es weitergeht.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="188"/>
        <source>If you like, take three slow breaths first. You can stop any time.</source>
        <translation>Wenn du magst, nimm zuerst drei langsame Atemzüge. Du kannst jederzeit aufhören.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="220"/>
        <source>Stop breathing guide</source>
        <translation>Atemhilfe beenden</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="226"/>
        <source>Breathe with me again</source>
        <translation>Noch einmal mit mir atmen</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../attune_journal/ui/banner.py" line="23"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/banner.py" line="39"/>
        <location filename="../../attune_journal/ui/banner.py" line="40"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="156"/>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="157"/>
        <source>Click a part of the body, or use the arrow keys and press Space.</source>
        <translation>Klick auf eine Stelle des Körpers, oder geh mit den Pfeiltasten und drück die Leertaste.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="587"/>
        <source>{region}, chosen, {level}.</source>
        <translation>{region}, gewählt, {level}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="591"/>
        <source>{region}.</source>
        <translation>{region}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="593"/>
        <source>Arrow keys move between parts of the body; Space chooses.</source>
        <translation>Die Pfeiltasten wechseln zwischen den Stellen des Körpers; die Leertaste wählt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="610"/>
        <source>Chosen, {level}</source>
        <translation>Gewählt, {level}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="613"/>
        <source>Noticed often in this range</source>
        <translation>In diesem Zeitraum oft gespürt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="615"/>
        <source>Noticed sometimes in this range</source>
        <translation>In diesem Zeitraum manchmal gespürt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="617"/>
        <source>Noticed now and then in this range</source>
        <translation>In diesem Zeitraum hin und wieder gespürt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="631"/>
        <source>Front of the body</source>
        <translation>Vorderseite des Körpers</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="633"/>
        <source>Back, and the whole body</source>
        <translation>Rückseite und ganzer Körper</translation>
    </message>
</context>
<context>
    <name>BodyPage</name>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="243"/>
        <source>What do you notice in your body?</source>
        <translation>Was spürst du in deinem Körper?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="245"/>
        <source>Choose a place, then what it feels like there. Noticing the body can stir up hard memories; if it does, skip this step. Nothing is lost.</source>
        <translation>Wähl eine Stelle und dann, wie es sich dort anfühlt. Auf den Körper zu achten kann schwere Erinnerungen wecken; wenn das passiert, überspring diesen Schritt. Es geht nichts verloren.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="256"/>
        <source>Body</source>
        <translation>Körper</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="259"/>
        <source>Skip body</source>
        <translation>Körper überspringen</translation>
    </message>
</context>
<context>
    <name>BodyPicker</name>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="701"/>
        <source>Body regions</source>
        <translation>Körperstellen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="703"/>
        <source>Choose a part of the body, then what you notice there.</source>
        <translation>Wähl eine Stelle des Körpers und dann, was du dort spürst.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="722"/>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="794"/>
        <source>Sensation</source>
        <translation>Empfindung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="722"/>
        <source>How strong</source>
        <translation>Wie stark</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="725"/>
        <source>Sensations</source>
        <translation>Empfindungen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="728"/>
        <source>Space chooses a sensation; 1, 2 or 3 (or Left and Right) set how strong. Esc goes back to the body.</source>
        <translation>Die Leertaste wählt eine Empfindung; 1, 2 oder 3 (oder Pfeil links und rechts) legen fest, wie stark. Esc geht zurück zum Körper.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="741"/>
        <source>Choose a part of the body to say what you notice there.</source>
        <translation>Wähl eine Stelle des Körpers, um zu sagen, was du dort spürst.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="772"/>
        <source>Body</source>
        <translation>Körper</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="794"/>
        <source>trembling</source>
        <translation>zitternd</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="795"/>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="930"/>
        <source>Space chooses; 1, 2, 3 set how strong.</source>
        <translation>Leertaste wählt; 1, 2, 3 legen fest, wie stark.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="932"/>
        <source>In your {region}</source>
        <translation>Spürbar: {region}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="934"/>
        <source>In your whole body</source>
        <translation>Im ganzen Körper</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="946"/>
        <source>Your own</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="951"/>
        <source>Group heading</source>
        <translation>Gruppenüberschrift</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="995"/>
        <source>{word}, chosen, {level}</source>
        <translation>{word}, gewählt, {level}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="1133"/>
        <source>{region}, {n} chosen</source>
        <translation>{region}, {n} gewählt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="1145"/>
        <source>Nothing chosen yet; skipping is fine.</source>
        <translation>Noch nichts gewählt; überspringen ist in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/body_map.py" line="1147"/>
        <source>Body summary</source>
        <translation>Körper, Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>BreathingCircle</name>
    <message>
        <location filename="../../attune_journal/ui/breathing.py" line="47"/>
        <source>Breathing guide</source>
        <translation>Atemhilfe</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/breathing.py" line="95"/>
        <source>Ready when you are</source>
        <translation>Bereit, wenn du es bist</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/breathing.py" line="96"/>
        <source>breathe in…</source>
        <translation>einatmen…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/breathing.py" line="96"/>
        <source>breathe out…</source>
        <translation>ausatmen…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/breathing.py" line="127"/>
        <source>{n} of {total}</source>
        <translation>{n} von {total}</translation>
    </message>
</context>
<context>
    <name>ChartControls</name>
    <message>
        <location filename="../../attune_journal/ui/charts.py" line="216"/>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/charts.py" line="218"/>
        <source>Reset view of {chart}</source>
        <translation>Ansicht zurücksetzen: {chart}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/charts.py" line="220"/>
        <source>Show the whole range again</source>
        <translation>Wieder den ganzen Zeitraum zeigen</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../attune_journal/ui/charts.py" line="86"/>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/charts.py" line="88"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/charts.py" line="390"/>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/charts.py" line="391"/>
        <source>Save this chart as a picture</source>
        <translation>Dieses Diagramm als Bild speichern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/charts.py" line="392"/>
        <source>Save {title} as PNG</source>
        <translation>{title} als PNG speichern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/charts.py" line="426"/>
        <source>Saved to {path}.</source>
        <translation>Gespeichert unter {path}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/charts.py" line="428"/>
        <source>The picture could not be saved to {path}.</source>
        <translation>Das Bild konnte nicht unter {path} gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="69"/>
        <source>Start afresh?</source>
        <translation>Neu anfangen?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="70"/>
        <source>The unfinished check-in will be discarded. Start a new one?</source>
        <translation>Der angefangene Check-in wird verworfen. Einen neuen beginnen?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="166"/>
        <source>When this check-in happened</source>
        <translation>Wann dieser Check-in war</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="189"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="190"/>
        <source>Previous step (Alt+Left)</source>
        <translation>Vorheriger Schritt (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="192"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="194"/>
        <location filename="../../attune_journal/ui/checkin.py" line="298"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="198"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="200"/>
        <source>Save your changes now (Ctrl+S or Ctrl+Enter)</source>
        <translation>Deine Änderungen jetzt speichern (Strg+S oder Strg+Enter)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="205"/>
        <source>Check-in status</source>
        <translation>Check-in-Status</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="206"/>
        <source>Start afresh</source>
        <translation>Neu anfangen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="207"/>
        <source>Discard the unfinished check-in and begin anew</source>
        <translation>Den angefangenen Check-in verwerfen und neu beginnen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="274"/>
        <source>Step {n} of {total} · {name}</source>
        <translation>Schritt {n} von {total} · {name}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="284"/>
        <source>Go on without answering this one</source>
        <translation>Ohne Antwort weitergehen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="287"/>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="288"/>
        <source>Save this check-in (Ctrl+Enter or Ctrl+S)</source>
        <translation>Diesen Check-in speichern (Strg+Enter oder Strg+S)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="289"/>
        <source>Skip and finish</source>
        <translation>Überspringen und abschließen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="300"/>
        <source>Next step (Alt+Right); Ctrl+Enter or Ctrl+S saves now</source>
        <translation>Nächster Schritt (Alt+→); Strg+Enter oder Strg+S speichert sofort</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="399"/>
        <source>Started a new check-in.</source>
        <translation>Ein neuer Check-in hat begonnen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="411"/>
        <source>Changing your check-in from {when}.</source>
        <translation>Du änderst deinen Check-in ({when}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="436"/>
        <source>Carrying on with your unfinished check-in from {when}.</source>
        <translation>Du machst mit deinem angefangenen Check-in weiter ({when}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="542"/>
        <source>Your draft could not be kept just now ({problem}). It&apos;s still here on screen.</source>
        <translation>Dein Entwurf konnte gerade nicht gesichert werden ({problem}). Er ist noch hier auf dem Bildschirm.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="559"/>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="567"/>
        <source>Not saved: {problem} Everything you entered is still here.</source>
        <translation>Nicht gespeichert: {problem} Alles, was du eingegeben hast, ist noch da.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="613"/>
        <source>That could not be kept just now ({problem}).</source>
        <translation>Das konnte gerade nicht gesichert werden ({problem}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="636"/>
        <source>Your check-in is kept as a draft; carry on whenever you like.</source>
        <translation>Dein Check-in ist als Entwurf aufgehoben; mach weiter, wann immer du magst.</translation>
    </message>
</context>
<context>
    <name>CheckInSummary</name>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="517"/>
        <source>{sensation} in the {region}</source>
        <extracomment>A sensation and where it was felt: &quot;tight in the chest&quot;. {region} is a body region&apos;s name as it reads inside a sentence.</extracomment>
        <translation>{region}: {sensation}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="529"/>
        <source>Body</source>
        <translation>Körper</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="543"/>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="556"/>
        <source>met: {needs}</source>
        <translation>erfüllt: {needs}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="562"/>
        <source>not met: {needs}</source>
        <translation>nicht erfüllt: {needs}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="566"/>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="570"/>
        <source>{value} of 10, below your window</source>
        <translation>{value} von 10, unterhalb deines Toleranzfensters</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="572"/>
        <source>{value} of 10, above your window</source>
        <translation>{value} von 10, oberhalb deines Toleranzfensters</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="574"/>
        <source>{value} of 10, inside your window</source>
        <translation>{value} von 10, in deinem Toleranzfenster</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="578"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="585"/>
        <source>{strategy}: {before} → {after}</source>
        <extracomment>A strategy and the activation before and after it: &quot;Cyclic sigh: 7 → 4&quot;.</extracomment>
        <translation>{strategy}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="589"/>
        <source>{strategy}: from {before}</source>
        <translation>{strategy}: von {before} aus</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="592"/>
        <source>Tried</source>
        <translation>Ausprobiert</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="595"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="602"/>
        <source>Reflection</source>
        <extracomment>How long the reflection is; English says &quot;one word&quot; for 1.</extracomment>
        <translation>Gedanken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/checkin_steps.py" line="603"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="609"/>
        <source>Tags</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="614"/>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="638"/>
        <source>needing {needs}</source>
        <translation>braucht {needs}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="643"/>
        <source>activation {value}</source>
        <translation>Aktivierung {value}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../attune_journal/cli.py" line="70"/>
        <source>&apos;{text}&apos; is not a whole number from 0 to 10</source>
        <translation>„{text}“ ist keine ganze Zahl von 0 bis 10</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="76"/>
        <source>activation must be from 0 to 10, not {value}</source>
        <translation>die Aktivierung muss zwischen 0 und 10 liegen, nicht bei {value}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="83"/>
        <source>use a time like 2026-12-02 21:30 (your local time) or 2026-12-02T21:30+01:00</source>
        <translation>gib eine Zeit wie 2026-12-02 21:30 (deine Ortszeit) oder 2026-12-02T21:30+01:00 an</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="102"/>
        <source>--at &apos;{text}&apos; is not a date and time; {example}.</source>
        <translation>--at „{text}“ ist kein Datum mit Uhrzeit; {example}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="108"/>
        <source>--at &apos;{text}&apos; did not happen here: the clocks skipped that time when they went forward. Give a time just before or after it.</source>
        <translation>--at „{text}“ gab es hier nicht: Die Uhren haben diese Zeit bei der Umstellung übersprungen. Gib eine Zeit kurz davor oder danach an.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="116"/>
        <source>--at &apos;{text}&apos; is more than a day from now; the journal keeps what has already happened, so give a time up to now. Nothing was saved.</source>
        <translation>--at „{text}“ liegt mehr als einen Tag in der Zukunft; das Journal hält fest, was schon geschehen ist, also gib eine Zeit bis jetzt an. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="124"/>
        <source>--at &apos;{text}&apos; is out of range; {example}.</source>
        <translation>--at „{text}“ liegt außerhalb des möglichen Bereichs; {example}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="135"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="147"/>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="148"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="151"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="160"/>
        <source>A private journal for self-attunement. With no command, opens the app.</source>
        <translation>Ein privates Journal, um bei dir selbst anzukommen. Ohne Befehl öffnet es die App.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="168"/>
        <source>show the version and exit</source>
        <translation>die Version zeigen und beenden</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="173"/>
        <source>the journal&apos;s folder (default: your user data folder, or $ATTUNE_JOURNAL_DIR)</source>
        <translation>der Ordner des Journals (Standard: dein Benutzerdatenordner oder $ATTUNE_JOURNAL_DIR)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="181"/>
        <source>open the main window, paint it once and exit 0 (a check of an installed app)</source>
        <translation>das Hauptfenster öffnen, einmal zeichnen und mit 0 enden (eine Prüfung der installierten App)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="190"/>
        <source>save a quick entry or self-regulation note</source>
        <translation>einen schnellen Eintrag oder eine Notiz zur Selbstregulation speichern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="192"/>
        <source>Save a quick entry. Feeling words not in the vocabulary are kept as your own words, without grid coordinates (they count everywhere except on the grid).</source>
        <translation>Einen schnellen Eintrag speichern. Gefühlswörter, die nicht im Wortschatz stehen, werden als deine eigenen Wörter behalten, ohne Platz im Gefühlsraster (sie zählen überall außer im Raster).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="203"/>
        <source>what you want to note (Markdown)</source>
        <translation>was du notieren möchtest (Markdown)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="209"/>
        <source>activation now, 0..10</source>
        <translation>Aktivierung jetzt, 0..10</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="215"/>
        <source>a strategy you tried; &quot;waiting&quot; records that you just waited, with no strategy: the baseline your strategies are compared with</source>
        <translation>eine Strategie, die du ausprobiert hast; „waiting“ hält fest, dass du nur gewartet hast, ohne Strategie: der Vergleichswert für deine Strategien</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="226"/>
        <source>activation a few minutes after the strategy</source>
        <translation>Aktivierung ein paar Minuten nach der Strategie</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="233"/>
        <source>a feeling, optionally with intensity 1..3 (repeatable)</source>
        <translation>ein Gefühl, wahlweise mit Stärke 1..3 (mehrfach möglich)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="240"/>
        <source>a need that is alive, unmet unless written NAME:met (repeatable)</source>
        <translation>ein Bedürfnis, das gerade da ist; nicht erfüllt, außer es steht NAME:met da (mehrfach möglich)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="248"/>
        <source>when it happened: &apos;YYYY-MM-DD HH:MM&apos; in your local time, or with an offset as in 2026-12-02T21:30+01:00 (default: now; at most a day ahead)</source>
        <translation>wann es war: „JJJJ-MM-TT HH:MM“ in deiner Ortszeit oder mit Versatz wie 2026-12-02T21:30+01:00 (Standard: jetzt; höchstens einen Tag voraus)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="260"/>
        <source>(repeatable)</source>
        <translation>(mehrfach möglich)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="263"/>
        <source>star the entry</source>
        <translation>den Eintrag mit einem Stern markieren</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="268"/>
        <source>check the journal&apos;s integrity and say what was found</source>
        <translation>das Journal auf Unversehrtheit prüfen und sagen, was gefunden wurde</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="272"/>
        <source>print a weekly review as Markdown</source>
        <translation>einen Wochenrückblick als Markdown ausgeben</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="277"/>
        <source>an ISO week such as 2026-W47 (default: this week)</source>
        <translation>eine ISO-Woche wie 2026-W47 (Standard: diese Woche)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="281"/>
        <source>say which patterns stand out in your check-ins, in plain words</source>
        <translation>in einfachen Worten sagen, welche Muster in deinen Check-ins auffallen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="290"/>
        <source>also say how the numbers are worked out</source>
        <translation>auch sagen, wie die Zahlen berechnet werden</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="294"/>
        <source>show today&apos;s gentle reminder as a desktop notification if it is due (what the timer or autostart entry from Settings runs; docs/reminders.md)</source>
        <translation>die sanfte Erinnerung von heute als Desktop-Benachrichtigung zeigen, wenn sie fällig ist (das, was der Timer oder Autostart-Eintrag aus den Einstellungen ausführt; docs/reminders.md)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="303"/>
        <source>keep running and remind at the chosen time each day</source>
        <translation>weiterlaufen und jeden Tag zur gewählten Zeit erinnern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="319"/>
        <source>the journal&apos;s folder (may also come before the command)</source>
        <translation>der Ordner des Journals (darf auch vor dem Befehl stehen)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="341"/>
        <source>--data-dir was given twice with different folders (&apos;{before}&apos; and &apos;{after}&apos;); give it once</source>
        <translation>--data-dir wurde zweimal mit verschiedenen Ordnern angegeben („{before}“ und „{after}“); gib es nur einmal an</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="359"/>
        <source>The intensity of &apos;{word}&apos; must be 1, 2 or 3.</source>
        <translation>Die Stärke von „{word}“ muss 1, 2 oder 3 sein.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="373"/>
        <source>“{word}” is not in the feelings list; kept as your own word (did you mean “{suggestion}”?)</source>
        <translation>„{word}“ steht nicht in der Gefühlsliste; als dein eigenes Wort behalten (meintest du „{suggestion}“?)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="401"/>
        <source>--need &apos;{spec}&apos; ends with a colon: write &apos;{name}:met&apos;, &apos;{name}:unmet&apos; or just &apos;{name}&apos;.</source>
        <translation>--need „{spec}“ endet mit einem Doppelpunkt: Schreib „{name}:met“, „{name}:unmet“ oder nur „{name}“.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="416"/>
        <source>--need &apos;{spec}&apos;: &apos;{state}&apos; is not met or unmet; did you mean &apos;{name}:{nearest}&apos;? Nothing was saved.</source>
        <translation>--need „{spec}“: „{state}“ ist weder met noch unmet; meintest du „{name}:{nearest}“? Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="430"/>
        <source>Saved note {id} on {day:%Y-%m-%d} at {time}</source>
        <translation>Notiz {id} am {day:%Y-%m-%d} um {time} gespeichert</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="433"/>
        <source>Saved note {id} at {time}</source>
        <translation>Notiz {id} um {time} gespeichert</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="446"/>
        <source>--after needs --strategy: which strategy was it after?</source>
        <translation>--after braucht --strategy: Nach welcher Strategie war es?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="476"/>
        <source>Journal: {store}</source>
        <translation>Journal: {store}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="479"/>
        <source>Entries: {live} (and {trashed} in the trash)</source>
        <translation>Einträge: {live} (und {trashed} im Papierkorb)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/cli.py" line="486"/>
        <source>Found %n problems:</source>
        <translation>
            <numerusform>%n Problem gefunden:</numerusform>
            <numerusform>%n Probleme gefunden:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="491"/>
        <source>Everything checks out: the store, its links and the search index are sound.</source>
        <translation>Alles in Ordnung: Der Speicher, seine Verknüpfungen und der Suchindex sind intakt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="509"/>
        <source>encrypt the journal with a passphrase (asked for, or $ATTUNE_JOURNAL_PASSPHRASE)</source>
        <translation>das Journal mit einer Passphrase verschlüsseln (wird abgefragt, oder $ATTUNE_JOURNAL_PASSPHRASE)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="516"/>
        <source>turn encryption off (the journal is stored as plain SQLite)</source>
        <translation>die Verschlüsselung ausschalten (das Journal wird als einfaches SQLite gespeichert)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="522"/>
        <source>change the passphrase (new one asked for, or $ATTUNE_JOURNAL_NEW_PASSPHRASE)</source>
        <translation>die Passphrase ändern (die neue wird abgefragt, oder $ATTUNE_JOURNAL_NEW_PASSPHRASE)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="527"/>
        <source>take a backup of the journal now</source>
        <translation>jetzt eine Sicherung des Journals anlegen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="530"/>
        <source>restore the journal from a backup (lists the backups when none is given)</source>
        <translation>das Journal aus einer Sicherung wiederherstellen (listet die Sicherungen, wenn keine angegeben ist)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="535"/>
        <source>Replace the journal with a backup. A backup of the journal as it is now is taken first, so a restore can itself be undone.</source>
        <translation>Das Journal durch eine Sicherung ersetzen. Vorher wird das Journal, wie es jetzt ist, gesichert, sodass sich auch eine Wiederherstellung rückgängig machen lässt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="545"/>
        <source>a number from the list, a backup&apos;s file name, or a path</source>
        <translation>eine Nummer aus der Liste, der Dateiname einer Sicherung oder ein Pfad</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="550"/>
        <source>the newest backup that checks out</source>
        <translation>die neueste Sicherung, die in Ordnung ist</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="560"/>
        <source>The journal is encrypted: run this in a terminal to type the passphrase, or set ATTUNE_JOURNAL_PASSPHRASE.</source>
        <translation>Das Journal ist verschlüsselt: Führ das in einem Terminal aus, um die Passphrase einzugeben, oder setz ATTUNE_JOURNAL_PASSPHRASE.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="577"/>
        <location filename="../../attune_journal/cli.py" line="944"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Die beiden Passphrasen sind verschieden; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="615"/>
        <source>That passphrase does not open this journal. Try again.</source>
        <translation>Mit dieser Passphrase lässt sich das Journal nicht öffnen. Versuch es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="628"/>
        <source>To bring it back, run: attune-journal restore {path}</source>
        <translation>Um es zurückzuholen, führ aus: attune-journal restore {path}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="633"/>
        <source>Nothing else was done.</source>
        <translation>Sonst wurde nichts getan.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="639"/>
        <source>Backed up to {path}</source>
        <translation>Gesichert in {path}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="652"/>
        <source>There is no backup that checks out.</source>
        <translation>Es gibt keine Sicherung, die in Ordnung ist.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="661"/>
        <source>That is the journal itself, not a backup of it.</source>
        <translation>Das ist das Journal selbst, keine Sicherung davon.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="665"/>
        <source>There is no backup &apos;{choice}&apos;. Run &apos;attune-journal restore&apos; to list them.</source>
        <translation>Es gibt keine Sicherung „{choice}“. Mit „attune-journal restore“ werden sie aufgelistet.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="681"/>
        <source>There are no backups yet. &apos;attune-journal backup&apos; takes one.</source>
        <translation>Es gibt noch keine Sicherungen. „attune-journal backup“ legt eine an.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="687"/>
        <source>Backups, newest first:</source>
        <translation>Sicherungen, die neueste zuerst:</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="691"/>
        <source>Restore one with: attune-journal restore NUMBER (or --latest)</source>
        <translation>Eine wiederherstellen mit: attune-journal restore NUMMER (oder --latest)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="707"/>
        <source>Restored the journal from {name}.</source>
        <translation>Das Journal wurde aus {name} wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="713"/>
        <source>Note: this backup was taken before encryption was turned on, so the journal is now stored unencrypted. Run &apos;attune-journal encrypt&apos; to encrypt it again.</source>
        <translation>Hinweis: Diese Sicherung stammt aus der Zeit vor der Verschlüsselung, darum ist das Journal jetzt unverschlüsselt gespeichert. Mit „attune-journal encrypt“ verschlüsselst du es wieder.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="722"/>
        <source>The journal as it was is kept in {safety}.</source>
        <translation>Das Journal, wie es vorher war, liegt in {safety}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="736"/>
        <source>The journal is already encrypted (&apos;change-passphrase&apos; changes it).</source>
        <translation>Das Journal ist schon verschlüsselt („change-passphrase“ ändert die Passphrase).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="742"/>
        <source>The journal is now encrypted. Keep the passphrase safe: without it the
journal cannot be opened, and nobody can recover it for you.</source>
        <translation>Das Journal ist jetzt verschlüsselt. Bewahr die Passphrase gut auf: Ohne sie
lässt sich das Journal nicht öffnen, und niemand kann sie für dich wiederherstellen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/cli.py" line="750"/>
        <source>%n backups are now encrypted too.</source>
        <translation>
            <numerusform>%n Sicherung ist jetzt ebenfalls verschlüsselt.</numerusform>
            <numerusform>%n Sicherungen sind jetzt ebenfalls verschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="753"/>
        <source>Scripts can pass the passphrase in ATTUNE_JOURNAL_PASSPHRASE.</source>
        <translation>Skripte können die Passphrase in ATTUNE_JOURNAL_PASSPHRASE übergeben.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="764"/>
        <source>The journal is not encrypted.</source>
        <translation>Das Journal ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="767"/>
        <source>Encryption is off: the journal is stored as plain SQLite again.</source>
        <translation>Die Verschlüsselung ist aus: Das Journal wird wieder als einfaches SQLite gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/cli.py" line="771"/>
        <source>%n backups were decrypted too.</source>
        <translation>
            <numerusform>%n Sicherung wurde ebenfalls entschlüsselt.</numerusform>
            <numerusform>%n Sicherungen wurden ebenfalls entschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="779"/>
        <source>The journal is not encrypted (&apos;encrypt&apos; turns encryption on).</source>
        <translation>Das Journal ist nicht verschlüsselt („encrypt“ schaltet die Verschlüsselung ein).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="784"/>
        <source>The passphrase was changed.</source>
        <translation>Die Passphrase wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/cli.py" line="788"/>
        <source>%n older backups still need an older passphrase.</source>
        <translation>
            <numerusform>%n ältere Sicherung braucht weiterhin eine ältere Passphrase.</numerusform>
            <numerusform>%n ältere Sicherungen brauchen weiterhin eine ältere Passphrase.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="802"/>
        <source>the daily backup could not be taken: {error}</source>
        <translation>die tägliche Sicherung konnte nicht angelegt werden: {error}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="821"/>
        <source>{error} Use a week label such as 2026-W47.</source>
        <translation>{error} Gib eine Woche wie 2026-W47 an.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="836"/>
        <source>&apos;{text}&apos; is not a date; use a date such as 2026-11-23</source>
        <translation>„{text}“ ist kein Datum; gib ein Datum wie 2026-11-23 an</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="888"/>
        <source>sync this journal with your other computers through a folder</source>
        <translation>dieses Journal über einen Ordner mit deinen anderen Computern abgleichen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="892"/>
        <source>Sync through a folder your own sync tool (Syncthing, Nextcloud, a USB stick) carries between computers; everything in it is encrypted with the sync passphrase (asked for, or $ATTUNE_JOURNAL_SYNC_PASSPHRASE). Other commands never sync by themselves: &apos;sync now&apos; does.</source>
        <translation>Abgleich über einen Ordner, den dein eigenes Sync-Werkzeug (Syncthing, Nextcloud, ein USB-Stick) zwischen Computern trägt; alles darin ist mit der Sync-Passphrase verschlüsselt (wird abgefragt, oder $ATTUNE_JOURNAL_SYNC_PASSPHRASE). Andere Befehle gleichen nie von selbst ab: Das tut „sync now“.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="905"/>
        <source>now: sync; status: how it stands; stop: stop syncing on this computer</source>
        <translation>now: abgleichen; status: wie es steht; stop: auf diesem Computer nicht mehr abgleichen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="912"/>
        <source>set up sync in DIR, or join the sync folder there</source>
        <translation>den Abgleich in DIR einrichten oder dem Sync-Ordner dort beitreten</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="915"/>
        <source>what to call this computer</source>
        <translation>wie dieser Computer heißen soll</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="924"/>
        <source>Sync needs its passphrase: run this in a terminal to type it, or set {ENV_SYNC_PASSPHRASE}. Nothing was changed.</source>
        <translation>Der Abgleich braucht seine Passphrase: Führ das in einem Terminal aus, um sie einzugeben, oder setz {ENV_SYNC_PASSPHRASE}. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="948"/>
        <source>Please choose a passphrase for the sync folder.</source>
        <translation>Bitte wähl eine Passphrase für den Sync-Ordner.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="965"/>
        <source>Give either --folder or an action (now, status, stop).</source>
        <translation>Gib entweder --folder oder eine Aktion an (now, status, stop).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="973"/>
        <source>There is no folder {folder}; please create it first.</source>
        <translation>Den Ordner {folder} gibt es nicht; leg ihn bitte zuerst an.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="981"/>
        <source>Sync is set up: this journal is in it now.</source>
        <translation>Der Abgleich ist eingerichtet: Dieses Journal ist jetzt dabei.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="985"/>
        <source>Joined the sync folder: this journal is in it now.</source>
        <translation>Dem Sync-Ordner beigetreten: Dieses Journal ist jetzt dabei.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="993"/>
        <source>--name goes with --folder (it names this computer).</source>
        <translation>--name gehört zu --folder (es benennt diesen Computer).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="997"/>
        <source>Say what to do: &apos;sync --folder DIR&apos; to set up, or &apos;sync now&apos;, &apos;sync status&apos;, &apos;sync stop&apos;.</source>
        <translation>Sag, was zu tun ist: „sync --folder DIR“ zum Einrichten, oder „sync now“, „sync status“, „sync stop“.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1009"/>
        <source>This computer does not sync yet: run &apos;attune-journal sync --folder DIR&apos; first.</source>
        <translation>Dieser Computer gleicht noch nicht ab: Führ zuerst „attune-journal sync --folder DIR“ aus.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1018"/>
        <source>This computer no longer syncs. The sync folder and this journal are left as they are.</source>
        <translation>Dieser Computer gleicht nicht mehr ab. Der Sync-Ordner und dieses Journal bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1042"/>
        <source>share a weekly relationship check-in with your partner, as a sealed file</source>
        <translation>einen wöchentlichen Beziehungs-Check-in als versiegelte Datei mit deiner Partner:in teilen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1047"/>
        <source>Share a weekly relationship check-in with your partner as a file only their journal can open. Nothing goes online: you carry the file yourselves. See docs/partner-sharing.md for what is shared and what it cannot protect.</source>
        <translation>Einen wöchentlichen Beziehungs-Check-in mit deiner Partner:in teilen, als Datei, die nur deren Journal öffnen kann. Nichts geht online: Ihr tragt die Datei selbst hin und her. Was geteilt wird und wovor das nicht schützen kann, steht in docs/partner-sharing.md.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1057"/>
        <source>print this journal&apos;s partner code and its six words</source>
        <translation>den Partnercode dieses Journals und seine sechs Wörter ausgeben</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1062"/>
        <source>make a new key (your partner must add the new code; old files no longer open)</source>
        <translation>einen neuen Schlüssel erzeugen (deine Partner:in muss den neuen Code hinzufügen; alte Dateien öffnen sich nicht mehr)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1068"/>
        <source>add your partner by the code from their journal</source>
        <translation>deine Partner:in mit dem Code aus deren Journal hinzufügen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1071"/>
        <source>your partner&apos;s code, starting with attune-partner:</source>
        <translation>der Code deiner Partner:in, beginnt mit attune-partner:</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1076"/>
        <source>what to call them (default: Partner)</source>
        <translation>wie sie heißen soll (Standard: Partner)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1080"/>
        <source>seal one week&apos;s check-in for your partner (shows it all first)</source>
        <translation>den Check-in einer Woche für deine Partner:in versiegeln (zeigt vorher alles)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1088"/>
        <source>an ISO week (2026-W49)</source>
        <translation>eine ISO-Woche (2026-W49)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1091"/>
        <source>the file to write</source>
        <translation>die Datei, die geschrieben wird</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1096"/>
        <source>also share the ATTUNE reflection</source>
        <translation>auch die ATTUNE-Reflexion teilen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1101"/>
        <source>also share that week&apos;s repairs</source>
        <translation>auch die Reparaturen dieser Woche teilen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1106"/>
        <source>which partner (needed if you have several)</source>
        <translation>welche Partner:in (nötig, wenn du mehrere hast)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1109"/>
        <source>open and keep a file your partner shared</source>
        <translation>eine Datei öffnen und behalten, die deine Partner:in geteilt hat</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1111"/>
        <source>the file from your partner</source>
        <translation>die Datei von deiner Partner:in</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1113"/>
        <source>your week and your partner&apos;s, side by side</source>
        <translation>deine Woche und die deiner Partner:in, nebeneinander</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1118"/>
        <source>an ISO week (default: the latest week received)</source>
        <translation>eine ISO-Woche (Standard: die zuletzt erhaltene Woche)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1121"/>
        <source>which partner</source>
        <translation>welche Partner:in</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1124"/>
        <source>stop accepting a partner&apos;s files</source>
        <translation>keine Dateien mehr von einer Partner:in annehmen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1126"/>
        <source>the partner&apos;s name</source>
        <translation>der Name der Partner:in</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1130"/>
        <source>also delete the weeks they shared with you</source>
        <translation>auch die Wochen löschen, die sie mit dir geteilt hat</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1149"/>
        <source>There is no partner in this journal yet: add their code first with &apos;attune-journal partner add CODE --name NAME&apos;.</source>
        <translation>In diesem Journal gibt es noch keine Partner:in: Füg zuerst ihren Code hinzu mit „attune-journal partner add CODE --name NAME“.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1158"/>
        <source>You have more than one partner ({names}); say which with --to.</source>
        <translation>Du hast mehr als eine Partner:in ({names}); sag mit --to, welche.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1173"/>
        <source>{error} Use a week label such as 2026-W49.</source>
        <translation>{error} Gib eine Woche wie 2026-W49 an.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1186"/>
        <source>This journal has a new key. Your partner needs to add this new code;
files sealed for the old key can no longer be opened here.</source>
        <translation>Dieses Journal hat einen neuen Schlüssel. Deine Partner:in muss diesen neuen Code hinzufügen;
Dateien, die für den alten Schlüssel versiegelt wurden, lassen sich hier nicht mehr öffnen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1195"/>
        <source>Your partner code: {code}</source>
        <translation>Dein Partnercode: {code}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1197"/>
        <source>Read these words aloud together to check it: {words_line}</source>
        <translation>Lest diese Wörter gemeinsam laut vor, um ihn zu prüfen: {words_line}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1209"/>
        <source>Added {name}.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1211"/>
        <source>Check these six words with {name}; their journal shows the same words for their own code: {words_line}</source>
        <translation>Vergleich diese sechs Wörter mit {name}; deren Journal zeigt für den eigenen Code dieselben Wörter: {words_line}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1232"/>
        <source>{target} is a folder; give a file name for --out.</source>
        <translation>{target} ist ein Ordner; gib für --out einen Dateinamen an.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1240"/>
        <source>There is no relationship check-in for {week} in this journal, so there is nothing to share for that week.</source>
        <translation>In diesem Journal gibt es keinen Beziehungs-Check-in für {week}, also gibt es für diese Woche nichts zu teilen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1256"/>
        <source>This is everything the file for {name} holds:</source>
        <translation>Das ist alles, was die Datei für {name} enthält:</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1265"/>
        <source>Sealed for {name} in {target}; only their journal can open it.</source>
        <translation>Für {name} versiegelt in {target}; nur deren Journal kann sie öffnen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1279"/>
        <source>{source} is a folder; give the file your partner shared.</source>
        <translation>{source} ist ein Ordner; gib die Datei an, die deine Partner:in geteilt hat.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1285"/>
        <source>There is no file at {source}.</source>
        <translation>Unter {source} gibt es keine Datei.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1289"/>
        <source>{source} is far larger than a partner file; nothing was read.</source>
        <translation>{source} ist viel größer als eine Partnerdatei; nichts wurde gelesen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1296"/>
        <source>Kept {name}&apos;s week {week} (sealed {sent_at} UTC). &apos;attune-journal partner show&apos; sets it beside yours.</source>
        <translation>Die Woche {week} von {name} wurde behalten (versiegelt {sent_at} UTC). „attune-journal partner show“ stellt sie neben deine.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1325"/>
        <source>No week from {name} yet. When they share one, &apos;attune-journal partner import FILE&apos; keeps it here.</source>
        <translation>Noch keine Woche von {name}. Wenn eine geteilt wird, behält „attune-journal partner import DATEI“ sie hier.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1340"/>
        <source>Week {week}, 1 (not true this week) to 5 (very true)</source>
        <translation>Woche {week}, 1 (traf diese Woche nicht zu) bis 5 (traf voll zu)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1345"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1354"/>
        <source>You have no check-in for {week} yet.</source>
        <translation>Du hast für {week} noch keinen Check-in.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1359"/>
        <source>{name} has not shared {week}.</source>
        <translation>{name} hat {week} nicht geteilt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1367"/>
        <source>{name} would like more of: {more_of}</source>
        <translation>{name} wünscht sich mehr von: {more_of}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1374"/>
        <source>{name} appreciated: {appreciated}</source>
        <translation>{name} hat geschätzt: {appreciated}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1379"/>
        <source>Where you might start talking:</source>
        <translation>Womit ihr ins Gespräch kommen könntet:</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1392"/>
        <source>Removed {name} and the weeks they shared with you.</source>
        <translation>{name} und die geteilten Wochen wurden entfernt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1399"/>
        <source>Removed {name}: their files are no longer accepted. The weeks they shared stay in your journal (&apos;--forget&apos; deletes them too).</source>
        <translation>{name} wurde entfernt: Dateien von {name} werden nicht mehr angenommen. Die geteilten Wochen bleiben in deinem Journal („--forget“ löscht sie mit).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/cli.py" line="1477"/>
        <source>the argument &apos;{bad}&apos; is not valid UTF-8 text; nothing was done. Retype it, or rename the file it names.</source>
        <translation>das Argument „{bad}“ ist kein gültiger UTF-8-Text; nichts wurde getan. Tipp es neu oder benenn die Datei um, die es nennt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="42"/>
        <source>export entries to Markdown (plain text, not encrypted)</source>
        <translation>Einträge als Markdown exportieren (einfacher Text, nicht verschlüsselt)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="44"/>
        <source>Export entries as Markdown files with YAML front matter (docs/export-format.md): a folder with one file per entry, or one combined file. Exports are plain text, not encrypted. An existing file with different content is never replaced without --force.</source>
        <translation>Einträge als Markdown-Dateien mit YAML-Kopf exportieren (docs/export-format.md): ein Ordner mit einer Datei pro Eintrag oder eine gemeinsame Datei. Exporte sind einfacher Text, nicht verschlüsselt. Eine vorhandene Datei mit anderem Inhalt wird nie ohne --force ersetzt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="58"/>
        <source>the folder (or file)</source>
        <translation>der Ordner (oder die Datei)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="65"/>
        <source>first day</source>
        <translation>erster Tag</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="68"/>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="71"/>
        <source>only one week, e.g. 2026-W47</source>
        <translation>nur eine Woche, z. B. 2026-W47</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="76"/>
        <source>one combined Markdown file instead of a folder</source>
        <translation>eine gemeinsame Markdown-Datei statt eines Ordners</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="81"/>
        <source>replace existing files whose content differs</source>
        <translation>vorhandene Dateien mit anderem Inhalt ersetzen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="86"/>
        <source>import entries from our Markdown export, jrnl, Day One or Daylio</source>
        <translation>Einträge aus unserem Markdown-Export, jrnl, Day One oder Daylio importieren</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="90"/>
        <source>Import entries, all or nothing, after a backup. Entries the journal already has are skipped, so importing the same file twice adds nothing. Without --format the format is told from the first few KB of the file (or a folder&apos;s names) and named on stderr.</source>
        <translation>Einträge importieren, alle oder keine, nach einer Sicherung. Einträge, die das Journal schon hat, werden übersprungen, sodass ein zweiter Import derselben Datei nichts hinzufügt. Ohne --format wird das Format an den ersten paar KB der Datei (oder an den Namen in einem Ordner) erkannt und auf stderr genannt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="114"/>
        <source>the file (or exported folder)</source>
        <translation>die Datei (oder der exportierte Ordner)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="119"/>
        <source>jrnl&apos;s timeformat if you changed it (default %%Y-%%m-%%d %%H:%%M)</source>
        <translation>das timeformat von jrnl, falls du es geändert hast (Standard %%Y-%%m-%%d %%H:%%M)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="126"/>
        <source>list every skipped entry and note, not only how many there were</source>
        <translation>jeden übersprungenen Eintrag und jeden Hinweis auflisten, nicht nur ihre Anzahl</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../attune_journal/ui/sync_dialogs.py" line="40"/>
        <source>week {number} ({span})</source>
        <translation>Woche {number} ({span})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/sync_dialogs.py" line="52"/>
        <source>Written for the same week on two computers: {week} — {what}</source>
        <translation>Für dieselbe Woche auf zwei Computern geschrieben: {week} – {what}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/sync_dialogs.py" line="56"/>
        <source>Written on two computers at once: {when} — {what}</source>
        <translation>Auf zwei Computern zugleich geschrieben: {when} – {what}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/sync_dialogs.py" line="76"/>
        <source>Compare the two versions</source>
        <translation>Die beiden Fassungen vergleichen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/sync_dialogs.py" line="80"/>
        <source>Two computers each wrote this for the same week before they had synced, so both were kept. Keep the one you want, or keep both joined into one; what you let go goes to the trash, where you can still find it.</source>
        <translation>Zwei Computer haben das jeweils für dieselbe Woche geschrieben, bevor sie sich abgeglichen hatten, deshalb sind beide erhalten. Behalte die Fassung, die du möchtest, oder behalte beide zu einer zusammengeführt; was du loslässt, kommt in den Papierkorb, wo du es weiterhin findest.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/sync_dialogs.py" line="86"/>
        <source>This entry was changed on two computers before they had synced, so both versions were kept. Keep the one you want, or keep both joined into one; what you let go goes to the trash, where you can still find it.</source>
        <translation>Dieser Eintrag wurde auf zwei Computern geändert, bevor sie sich abgeglichen hatten, deshalb sind beide Fassungen erhalten. Behalte die, die du möchtest, oder behalte beide zu einer zusammengeführt; was du loslässt, kommt in den Papierkorb, wo du es weiterhin findest.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/sync_dialogs.py" line="101"/>
        <source>In your journal now</source>
        <translation>Jetzt in deinem Tagebuch</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/sync_dialogs.py" line="102"/>
        <source>Keep the version in your journal now</source>
        <translation>Die Fassung behalten, die jetzt in deinem Tagebuch steht</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/sync_dialogs.py" line="104"/>
        <source>The other version</source>
        <translation>Die andere Fassung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/sync_dialogs.py" line="104"/>
        <source>Keep the other version</source>
        <translation>Die andere Fassung behalten</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/sync_dialogs.py" line="114"/>
        <source>Keep this one</source>
        <translation>Diese behalten</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/sync_dialogs.py" line="130"/>
        <source>Keep &amp;both, joined</source>
        <translation>&amp;Beide behalten, zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/sync_dialogs.py" line="133"/>
        <source>Keep both versions, the other&apos;s words added to the one in your journal now</source>
        <translation>Beide Fassungen behalten: Der Text der anderen wird an die angefügt, die jetzt in deinem Tagebuch steht</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/sync_dialogs.py" line="138"/>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <location filename="../../attune_journal/ui/daily_backup.py" line="29"/>
        <source>Today&apos;s backup could not be taken: {error}</source>
        <translation>Die heutige Sicherung konnte nicht angelegt werden: {error}</translation>
    </message>
</context>
<context>
    <name>DamagedFileDialog</name>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="269"/>
        <source>The journal file could not be opened</source>
        <translation>Die Tagebuchdatei ließ sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="277"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="281"/>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="283"/>
        <source>Start an empty journal</source>
        <translation>Mit einem leeren Tagebuch beginnen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="285"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>DataFolderSection</name>
    <message>
        <location filename="../../attune_journal/ui/settings/data_folder.py" line="23"/>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/data_folder.py" line="30"/>
        <location filename="../../attune_journal/ui/settings/data_folder.py" line="36"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/data_folder.py" line="31"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/data_folder.py" line="40"/>
        <source>Backups kept</source>
        <translation>Aufbewahrte Sicherungen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/data_folder.py" line="46"/>
        <source>&amp;Backups kept</source>
        <translation>&amp;Aufbewahrte Sicherungen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/data_folder.py" line="50"/>
        <source>Everything stays in this folder on this computer; nothing goes online.</source>
        <translation>Alles bleibt in diesem Ordner auf diesem Computer; nichts geht ins Internet.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/data_folder.py" line="59"/>
        <source>The folder could not be opened here; its path is shown above.</source>
        <translation>Der Ordner ließ sich hier nicht öffnen; sein Pfad steht oben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/settings/data_folder.py" line="65"/>
        <source>keep %n backups</source>
        <translation>
            <numerusform>%n Sicherung aufbewahren</numerusform>
            <numerusform>%n Sicherungen aufbewahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="232"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="236"/>
        <source>Type a date like 2026-11-01, or pick one (Alt+Down). Empty means any day.</source>
        <translation>Tipp ein Datum wie 2026-11-01 oder wähl eins aus (Alt+↓). Leer heißt: jeder Tag.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="244"/>
        <source>Pick the {name} from a calendar</source>
        <translation>{name} im Kalender wählen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="245"/>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>Im Kalender wählen (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="309"/>
        <source>“{text}” is not a date. Try 2026-11-01, or leave it empty for any day.</source>
        <translation>„{text}“ ist kein Datum. Versuch es mit 2026-11-01, oder lass das Feld leer für jeden Tag.</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="67"/>
        <source>d MMMM</source>
        <extracomment>The languages the app ships, each named in itself (Settings lists them so). Adding one is a line here and ``packaging/translations.py update`` (docs/i18n.md). Languages whose nouns keep their capital inside a sentence: a label put into a sentence stays as written there (&quot;meist Bewegung&quot;), where English lowers its first letter (&quot;mostly movement&quot;). See :func:`mid_sentence`. ``(context, source, disambiguation, n) -&gt; text``, the shape of QCoreApplication.translate. ``(date, time or None, Qt date pattern) -&gt; text``. ``(value, decimals) -&gt; text``. A date pattern (Qt QLocale): &quot;3 March&quot;</extracomment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="69"/>
        <source>d MMM</source>
        <extracomment>A date pattern (Qt QLocale): &quot;3 Mar&quot;</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="71"/>
        <source>d MMMM yyyy</source>
        <extracomment>A date pattern (Qt QLocale): &quot;3 March 2026&quot;</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="73"/>
        <source>d MMM yyyy</source>
        <extracomment>A date pattern (Qt QLocale): &quot;3 Mar 2026&quot;</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="75"/>
        <source>dddd, d MMMM</source>
        <extracomment>A date pattern (Qt QLocale): &quot;Wednesday, 3 March&quot;</extracomment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="77"/>
        <source>dddd, d MMMM yyyy</source>
        <extracomment>A date pattern (Qt QLocale): &quot;Wednesday, 3 March 2026&quot;</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="79"/>
        <source>ddd d MMM</source>
        <extracomment>A date pattern (Qt QLocale): &quot;Wed 3 Mar&quot;</extracomment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="81"/>
        <source>MMMM yyyy</source>
        <extracomment>A date pattern (Qt QLocale): &quot;March 2026&quot;</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="83"/>
        <source>MMM yyyy</source>
        <extracomment>A date pattern (Qt QLocale): &quot;Mar 2026&quot;</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="85"/>
        <source>MMMM</source>
        <extracomment>A date pattern (Qt QLocale): &quot;March&quot;</extracomment>
        <translation>MMMM</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="87"/>
        <source>MMM</source>
        <extracomment>A date pattern (Qt QLocale): &quot;Mar&quot;</extracomment>
        <translation>MMM</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="89"/>
        <source>ddd d MMM yyyy</source>
        <extracomment>A date pattern (Qt QLocale): &quot;Wed 3 Mar 2026&quot;</extracomment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="91"/>
        <source>H:mm</source>
        <extracomment>A time pattern (Qt QLocale): &quot;8:30&quot;, the hour without a leading zero</extracomment>
        <translation>H:mm</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="93"/>
        <source>ddd d MMM, HH:mm</source>
        <extracomment>A date pattern (Qt QLocale): &quot;Wed 3 Mar, 08:30&quot;</extracomment>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="95"/>
        <source>dddd, d MMMM yyyy · HH:mm</source>
        <extracomment>A date pattern (Qt QLocale): &quot;Wednesday, 3 March 2026 · 08:30&quot;</extracomment>
        <translation>dddd, d. MMMM yyyy · HH:mm</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="97"/>
        <source>d MMM yyyy, HH:mm</source>
        <extracomment>A date pattern (Qt QLocale): &quot;3 Mar 2026, 08:30&quot;</extracomment>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="99"/>
        <source>d</source>
        <extracomment>A date pattern (Qt QLocale): the day of the month alone, as in &quot;3–9 March&quot;</extracomment>
        <translation>d.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="101"/>
        <source>dddd</source>
        <extracomment>A date pattern (Qt QLocale): &quot;Wednesday&quot;</extracomment>
        <translation>dddd</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="103"/>
        <source>HH:mm</source>
        <extracomment>A time pattern (Qt QLocale): &quot;08:30&quot;</extracomment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="312"/>
        <source>{first}–{last}</source>
        <extracomment>Days of one month: &quot;16–22 November 2026&quot;; {first} is the day alone.</extracomment>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="316"/>
        <source>{first} – {last}</source>
        <extracomment>Days across months or years: &quot;30 November – 6 December 2026&quot;.</extracomment>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="784"/>
        <source>Thank you for checking in</source>
        <translation>Danke für deinen Check-in</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="789"/>
        <source>Summary of this check-in</source>
        <translation>Zusammenfassung dieses Check-ins</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="793"/>
        <source>Back to Today</source>
        <translation>Zurück zu Heute</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="796"/>
        <source>New check-in</source>
        <translation>Neuer Check-in</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="810"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="815"/>
        <source>Your changes are saved.</source>
        <translation>Deine Änderungen sind gespeichert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="818"/>
        <source>Saved at {time}. Whatever you noticed today is enough.</source>
        <translation>Gespeichert um {time}. Was auch immer du heute bemerkt hast, es ist genug.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="823"/>
        <source>A quiet check-in. Pausing to arrive counts too.</source>
        <translation>Ein stiller Check-in. Auch innehalten und ankommen zählt.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../../attune_journal/ui/drafts.py" line="135"/>
        <source>Unfinished check-in</source>
        <translation>Angefangener Check-in</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/drafts.py" line="137"/>
        <source>You were changing a check-in ({when}). Continue where you left off?</source>
        <translation>Du warst dabei, einen Check-in zu ändern ({when}). Möchtest du dort weitermachen?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/drafts.py" line="141"/>
        <source>You have an unfinished check-in from {when}. Continue it?</source>
        <translation>Da ist noch ein angefangener Check-in ({when}). Möchtest du weitermachen?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/drafts.py" line="146"/>
        <source>It&apos;s kept safe either way until you decide.</source>
        <translation>Er bleibt so oder so sicher aufgehoben, bis du dich entscheidest.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/drafts.py" line="149"/>
        <source>Continue</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/drafts.py" line="152"/>
        <source>Keep for later</source>
        <translation>Für später aufheben</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/drafts.py" line="155"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/drafts.py" line="174"/>
        <source>earlier</source>
        <translation>von früher</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/drafts.py" line="178"/>
        <source>today at {time}</source>
        <translation>heute um {time}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/drafts.py" line="180"/>
        <source>yesterday at {time}</source>
        <translation>gestern um {time}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/drafts.py" line="181"/>
        <source>{day} at {time}</source>
        <translation>{day} um {time}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/drafts.py" line="211"/>
        <source>The unfinished check-in was discarded.</source>
        <translation>Der angefangene Check-in wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <location filename="../../attune_journal/core/models.py" line="105"/>
        <source>reflection</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="106"/>
        <source>regulation note</source>
        <translation>Notiz zur Regulation</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="107"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="108"/>
        <source>went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="109"/>
        <source>was hard</source>
        <translation>Was schwer war</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="110"/>
        <source>intention</source>
        <translation>Vorsatz</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="111"/>
        <source>&apos;more of&apos; text</source>
        <translation>„Mehr davon“</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="112"/>
        <source>&apos;appreciated&apos; text</source>
        <translation>„Geschätzt“</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="113"/>
        <source>ATTUNE reflection</source>
        <translation>ATTUNE-Reflexion</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="114"/>
        <source>what happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="115"/>
        <source>my part</source>
        <translation>Mein Anteil</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="116"/>
        <source>repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="117"/>
        <source>how it went</source>
        <translation>Wie es gelaufen ist</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="126"/>
        <source>The {name} is {length} characters long; the most one entry can hold is {most}. Please split it into several entries.</source>
        <translation>Der Text „{name}“ ist {length} Zeichen lang; ein Eintrag fasst höchstens {most}. Bitte teil ihn auf mehrere Einträge auf.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="141"/>
        <source>The activation before the strategy must be a whole number from 0 to 10.</source>
        <translation>Die Aktivierung vor der Strategie muss eine ganze Zahl von 0 bis 10 sein.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="145"/>
        <source>The activation after the strategy must be a whole number from 0 to 10.</source>
        <translation>Die Aktivierung nach der Strategie muss eine ganze Zahl von 0 bis 10 sein.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="149"/>
        <source>The activation must be a whole number from 0 to 10.</source>
        <translation>Die Aktivierung muss eine ganze Zahl von 0 bis 10 sein.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="153"/>
        <source>The activation before the strategy must be from 0 to 10 (got {value}).</source>
        <translation>Die Aktivierung vor der Strategie muss zwischen 0 und 10 liegen (angegeben: {value}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="157"/>
        <source>The activation after the strategy must be from 0 to 10 (got {value}).</source>
        <translation>Die Aktivierung nach der Strategie muss zwischen 0 und 10 liegen (angegeben: {value}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="161"/>
        <source>The activation must be from 0 to 10 (got {value}).</source>
        <translation>Die Aktivierung muss zwischen 0 und 10 liegen (angegeben: {value}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="170"/>
        <source>The intensity of &apos;{word}&apos; must be 1, 2 or 3.</source>
        <translation>Die Stärke von „{word}“ muss 1, 2 oder 3 sein.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="172"/>
        <source>The intensity of &apos;{word}&apos; in the {region} must be 1, 2 or 3.</source>
        <translation>Die Stärke von „{word}“ ({region}) muss 1, 2 oder 3 sein.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="178"/>
        <source>The intensity of &apos;{word}&apos; must be 1, 2 or 3 (got {value}).</source>
        <translation>Die Stärke von „{word}“ muss 1, 2 oder 3 sein (angegeben: {value}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="182"/>
        <source>The intensity of &apos;{word}&apos; in the {region} must be 1, 2 or 3 (got {value}).</source>
        <translation>Die Stärke von „{word}“ ({region}) muss 1, 2 oder 3 sein (angegeben: {value}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="215"/>
        <source>A body sensation needs a region.</source>
        <translation>Eine Körperempfindung braucht einen Bereich.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="218"/>
        <source>The sensation in the {region} needs a name.</source>
        <translation>Die Empfindung ({region}) braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="249"/>
        <source>A feeling needs a word.</source>
        <translation>Ein Gefühl braucht ein Wort.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/models.py" line="252"/>
        <source>The feeling word is longer than %n characters.</source>
        <translation>
            <numerusform>Das Gefühlswort ist länger als %n Zeichen.</numerusform>
            <numerusform>Das Gefühlswort ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="262"/>
        <source>The {axis} of &apos;{word}&apos; must be between -1 and 1.</source>
        <translation>Der Wert „{axis}“ von „{word}“ muss zwischen -1 und 1 liegen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="268"/>
        <source>&apos;{word}&apos; needs both coordinates or neither.</source>
        <translation>„{word}“ braucht beide Koordinaten oder keine.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="285"/>
        <source>A need needs a name.</source>
        <translation>Ein Bedürfnis braucht einen Namen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/models.py" line="288"/>
        <source>The need is longer than %n characters.</source>
        <translation>
            <numerusform>Das Bedürfnis ist länger als %n Zeichen.</numerusform>
            <numerusform>Das Bedürfnis ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="303"/>
        <source>A strategy needs a name.</source>
        <translation>Eine Strategie braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="306"/>
        <source>The strategy name is longer than 200 characters.</source>
        <translation>Der Name der Strategie ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="321"/>
        <source>A tag cannot be empty.</source>
        <translation>Ein Stichwort darf nicht leer sein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/models.py" line="324"/>
        <source>The tag &apos;{tag}…&apos; is longer than %n characters.</source>
        <translation>
            <numerusform>Das Stichwort „{tag}…“ ist länger als %n Zeichen.</numerusform>
            <numerusform>Das Stichwort „{tag}…“ ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="350"/>
        <source>The detail &apos;{name}&apos; is {length} characters long; the most one entry can hold is {most}. Please split it into several entries.</source>
        <translation>Das Detail „{name}“ ist {length} Zeichen lang; ein Eintrag fasst höchstens {most}. Bitte teil es auf mehrere Einträge auf.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="358"/>
        <source>The detail &apos;{name}&apos; holds half of a character (a cut emoji); it cannot be kept.</source>
        <translation>Das Detail „{name}“ enthält ein halbes Zeichen (ein abgeschnittenes Emoji); es kann nicht behalten werden.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="374"/>
        <source>A detail needs a name in words (got {key!r:.40}).</source>
        <translation>Ein Detail braucht einen Namen aus Wörtern (angegeben: {key!r:.40}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/models.py" line="380"/>
        <source>The detail name &apos;{key}…&apos; is longer than %n characters.</source>
        <translation>
            <numerusform>Der Name des Details „{key}…“ ist länger als %n Zeichen.</numerusform>
            <numerusform>Der Name des Details „{key}…“ ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="395"/>
        <source>The detail &apos;{key}&apos; must be a finite number (got {value}).</source>
        <translation>Das Detail „{key}“ muss eine endliche Zahl sein (angegeben: {value}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="403"/>
        <source>The detail &apos;{key}&apos; is a list, and a list may hold only texts (found {item!r:.40}).</source>
        <translation>Das Detail „{key}“ ist eine Liste, und eine Liste darf nur Texte enthalten (gefunden: {item!r:.40}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="412"/>
        <source>The detail &apos;{key}&apos; must be a text, a number, true or false, or a list of texts (found {value!r:.40}).</source>
        <translation>Das Detail „{key}“ muss ein Text, eine Zahl, true oder false oder eine Liste von Texten sein (gefunden: {value!r:.40}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="424"/>
        <source>An entry&apos;s details must be &apos;name: value&apos; pairs.</source>
        <translation>Die Details eines Eintrags müssen Paare aus „Name: Wert“ sein.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="468"/>
        <source>An entry&apos;s time must carry its UTC offset.</source>
        <translation>Die Zeit eines Eintrags braucht ihren UTC-Versatz.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="537"/>
        <source>The note is empty: write something or add an activation.</source>
        <translation>Die Notiz ist leer: Schreib etwas oder gib eine Aktivierung an.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="590"/>
        <source>The answer to &apos;{item}&apos; must be a whole number 1..5.</source>
        <translation>Die Antwort auf „{item}“ muss eine ganze Zahl von 1 bis 5 sein.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/models.py" line="596"/>
        <source>The answer to &apos;{item}&apos; must be from 1 to 5 (got {value}).</source>
        <translation>Die Antwort auf „{item}“ muss zwischen 1 und 5 liegen (angegeben: {value}).</translation>
    </message>
</context>
<context>
    <name>EntryKind</name>
    <message>
        <location filename="../../attune_journal/core/labels.py" line="17"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/labels.py" line="18"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/labels.py" line="19"/>
        <source>Weekly review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/labels.py" line="20"/>
        <source>Relationship check-in</source>
        <translation>Beziehungs-Check-in</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/labels.py" line="21"/>
        <source>Rupture and repair</source>
        <translation>Bruch und Reparatur</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="144"/>
        <source>Met: {needs}</source>
        <translation>Erfüllt: {needs}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="148"/>
        <source>Not met: {needs}</source>
        <translation>Nicht erfüllt: {needs}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="156"/>
        <source>{value} of 10</source>
        <translation>{value} von 10</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="160"/>
        <source>(above your window of {low}–{high})</source>
        <translation>(über deinem Fenster von {low}–{high})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="164"/>
        <source>(below your window of {low}–{high})</source>
        <translation>(unter deinem Fenster von {low}–{high})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="168"/>
        <source>(inside your window of {low}–{high})</source>
        <translation>(in deinem Fenster von {low}–{high})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="180"/>
        <source>activation {before} → {after}</source>
        <translation>Aktivierung {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="207"/>
        <source>From the journal “{journal}” in {source}</source>
        <translation>Aus dem Tagebuch „{journal}“ in {source}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="212"/>
        <source>From {source}</source>
        <translation>Aus {source}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="215"/>
        <source>Journal: {journal}</source>
        <translation>Tagebuch: {journal}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="224"/>
        <source>Place: {place}</source>
        <translation>Ort: {place}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="232"/>
        <source>Weather: {weather}</source>
        <translation>Wetter: {weather}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="241"/>
        <source>Last edited there: {when}</source>
        <translation>Dort zuletzt bearbeitet: {when}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="244"/>
        <source>Pinned there</source>
        <translation>Dort angeheftet</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="279"/>
        <source>In the trash since {day}.</source>
        <translation>Im Papierkorb seit {day}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="290"/>
        <source>Prompt</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="294"/>
        <source>Body</source>
        <translation>Körper</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="302"/>
        <location filename="../../attune_journal/ui/entry_view.py" line="328"/>
        <location filename="../../attune_journal/ui/entry_view.py" line="359"/>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="303"/>
        <location filename="../../attune_journal/ui/entry_view.py" line="329"/>
        <location filename="../../attune_journal/ui/entry_view.py" line="360"/>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="306"/>
        <location filename="../../attune_journal/ui/entry_view.py" line="321"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="311"/>
        <location filename="../../attune_journal/ui/entry_view.py" line="326"/>
        <source>What I tried</source>
        <translation>Was ich versucht habe</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="314"/>
        <source>Regulation note</source>
        <translation>Regulationsnotiz</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="316"/>
        <source>Reflection</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="318"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="331"/>
        <location filename="../../attune_journal/ui/entry_view.py" line="339"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="332"/>
        <source>What went well</source>
        <translation>Was gut war</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="333"/>
        <source>What was hard</source>
        <translation>Was schwer war</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="335"/>
        <source>Intention for next week</source>
        <translation>Vorhaben für nächste Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="348"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="350"/>
        <source>What I&apos;d like more of</source>
        <translation>Wovon ich mir mehr wünsche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="353"/>
        <source>What I appreciated</source>
        <translation>Was ich geschätzt habe</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="358"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="361"/>
        <source>My part</source>
        <translation>Mein Anteil</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="362"/>
        <source>The repair</source>
        <translation>Die Reparatur</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="363"/>
        <source>How it went</source>
        <translation>Wie es gelaufen ist</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="365"/>
        <source>Resolved</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="367"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="369"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="374"/>
        <source>Tags</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="378"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="382"/>
        <source>Nothing was written in this entry.</source>
        <translation>In diesem Eintrag steht nichts.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/entry_view.py" line="433"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="71"/>
        <source>Choose or create a folder for the export</source>
        <translation>Ordner für den Export wählen oder anlegen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="79"/>
        <source>Export to one Markdown file</source>
        <translation>In eine Markdown-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="81"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="89"/>
        <source>Choose the file to import</source>
        <translation>Datei zum Importieren wählen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="98"/>
        <source>Choose the exported folder</source>
        <translation>Exportierten Ordner wählen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="108"/>
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="109"/>
        <source>%n files in {target} already exist with different content:

{files}

Replace them with this export? Other files there are left alone.</source>
        <translation>
            <numerusform>%n Datei in {target} gibt es schon mit anderem Inhalt:

{files}

Mit diesem Export ersetzen? Andere Dateien dort bleiben unberührt.</numerusform>
            <numerusform>%n Dateien in {target} gibt es schon mit anderem Inhalt:

{files}

Mit diesem Export ersetzen? Andere Dateien dort bleiben unberührt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../attune_journal/exchange/export_files.py" line="164"/>
        <source>{folder} could not be made a folder; choose another place.</source>
        <translation>{folder} konnte nicht als Ordner angelegt werden; wähl einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/export_files.py" line="174"/>
        <source>{path} is a link that leads nowhere; choose a folder for the export.</source>
        <translation>{path} ist eine Verknüpfung, die ins Leere führt; wähl einen Ordner für den Export.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/export_files.py" line="179"/>
        <source>{path} is a file, not a folder; choose a folder for the export.</source>
        <translation>{path} ist eine Datei, kein Ordner; wähl einen Ordner für den Export.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/export_files.py" line="204"/>
        <source>{path} is a link to another place and an export never writes through a link: remove the link or choose another folder.</source>
        <translation>{path} ist eine Verknüpfung an einen anderen Ort, und ein Export schreibt nie durch eine Verknüpfung: Entfern die Verknüpfung oder wähl einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/export_files.py" line="212"/>
        <source>{path} is a file; the export needs that name for a folder.</source>
        <translation>{path} ist eine Datei; der Export braucht diesen Namen für einen Ordner.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/export_files.py" line="242"/>
        <source>{final} appeared in the folder while exporting into it; run the export again.</source>
        <translation>{final} ist während des Exports im Ordner aufgetaucht; führ den Export noch einmal aus.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/export_files.py" line="276"/>
        <source>{path} is the journal&apos;s own store, which an export never writes over; choose another place.</source>
        <translation>{path} ist der Speicher des Journals selbst, den ein Export nie überschreibt; wähl einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/export_files.py" line="287"/>
        <source>{path} is one of the journal&apos;s own files, which an export never writes over; choose another place.</source>
        <translation>{path} ist eine der eigenen Dateien des Journals, die ein Export nie überschreibt; wähl einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/export_files.py" line="296"/>
        <source>{path} is in the journal&apos;s {name} folder, where an export never writes; choose another place.</source>
        <translation>{path} liegt im Ordner „{name}“ des Journals, in den ein Export nie schreibt; wähl einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/export_files.py" line="562"/>
        <source>Another export is writing into {target} right now; run this one again when it has finished.</source>
        <translation>Ein anderer Export schreibt gerade in {target}; führ diesen noch einmal aus, wenn er fertig ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/markdown_export.py" line="70"/>
        <source>{target} already holds %n files with different content ({shown}); nothing was written. Choose another place, or replace them (--force on the command line).</source>
        <translation>
            <numerusform>In {target} liegt schon %n Datei mit anderem Inhalt ({shown}); es wurde nichts geschrieben. Wähl einen anderen Ort oder ersetze sie (--force auf der Kommandozeile).</numerusform>
            <numerusform>In {target} liegen schon %n Dateien mit anderem Inhalt ({shown}); es wurde nichts geschrieben. Wähl einen anderen Ort oder ersetze sie (--force auf der Kommandozeile).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/markdown_export.py" line="99"/>
        <source>Exported %n entries to {target}:</source>
        <translation>
            <numerusform>%n Eintrag nach {target} exportiert:</numerusform>
            <numerusform>%n Einträge nach {target} exportiert:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/markdown_export.py" line="101"/>
        <source>%n files written, {unchanged} already up to date ({seconds} s).</source>
        <translation>
            <numerusform>%n Datei geschrieben, {unchanged} schon aktuell ({seconds} s).</numerusform>
            <numerusform>%n Dateien geschrieben, {unchanged} schon aktuell ({seconds} s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_export.py" line="218"/>
        <location filename="../../attune_journal/exchange/markdown_export.py" line="318"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_export.py" line="263"/>
        <source>{path} is a folder; the export needs that name for a file.</source>
        <translation>{path} ist ein Ordner; der Export braucht diesen Namen für eine Datei.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/markdown_export.py" line="273"/>
        <source>The export was cancelled after {done} of %Ln changed files; every file in the folder is whole (old or new).</source>
        <translation>
            <numerusform>Der Export wurde nach {done} von %Ln geänderten Datei abgebrochen; jede Datei im Ordner ist vollständig (alt oder neu).</numerusform>
            <numerusform>Der Export wurde nach {done} von %Ln geänderten Dateien abgebrochen; jede Datei im Ordner ist vollständig (alt oder neu).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_export.py" line="322"/>
        <source>{target} is a folder; give a file name for a single-file export.</source>
        <translation>{target} ist ein Ordner; gib für einen Export in eine Datei einen Dateinamen an.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="327"/>
        <source>Export to Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="333"/>
        <source>Exports are plain text files, not encrypted. Anyone who can open the folder can read them, so keep them somewhere private.</source>
        <translation>Exporte sind einfache Textdateien und nicht verschlüsselt. Wer den Ordner öffnen kann, kann sie lesen – bewahre sie also an einem privaten Ort auf.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="340"/>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="341"/>
        <source>&amp;Everything</source>
        <translation>&amp;Alles</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="342"/>
        <source>A &amp;date range</source>
        <translation>Einen &amp;Zeitraum</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="346"/>
        <source>This &amp;week ({week})</source>
        <translation>Diese &amp;Woche ({week})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="354"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="354"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="360"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="362"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="371"/>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="372"/>
        <source>A &amp;folder with one file per entry</source>
        <translation>&amp;Ordner mit einer Datei pro Eintrag</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="373"/>
        <source>One &amp;Markdown file</source>
        <translation>Eine &amp;Markdown-Datei</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="384"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="385"/>
        <source>Choose where the export goes</source>
        <translation>Wähl, wohin der Export kommt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="386"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="393"/>
        <source>Export &amp;to:</source>
        <translation>Exportieren &amp;nach:</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="397"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="424"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="424"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="434"/>
        <source>The start date is after the end date; please swap them.</source>
        <translation>Das Anfangsdatum liegt nach dem Enddatum; bitte tausch die beiden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="495"/>
        <source>Exported %n entries to {target}.</source>
        <translation>
            <numerusform>%n Eintrag nach {target} exportiert.</numerusform>
            <numerusform>%n Einträge nach {target} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="498"/>
        <source>%n files written, {same} already up to date.</source>
        <translation>
            <numerusform>%n Datei geschrieben, {same} schon aktuell.</numerusform>
            <numerusform>%n Dateien geschrieben, {same} schon aktuell.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="504"/>
        <source>Left out, damaged beyond reading: {n}. The command “attune-journal check” names them.</source>
        <translation>Ausgelassen, weil nicht mehr lesbar: {n}. Der Befehl „attune-journal check“ nennt sie.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="511"/>
        <source>Remember: these files are plain text, not encrypted.</source>
        <translation>Denk daran: Diese Dateien sind einfacher Text, nicht verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="522"/>
        <source>Nothing was written. Choose another place to export to.</source>
        <translation>Es wurde nichts geschrieben. Wähl einen anderen Ort für den Export.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="526"/>
        <source>The export did not finish: {error}</source>
        <translation>Der Export wurde nicht fertig: {error}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="528"/>
        <source>Your journal is unchanged.</source>
        <translation>Dein Tagebuch ist unverändert.</translation>
    </message>
</context>
<context>
    <name>FeelingPicker</name>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1060"/>
        <source>Words near this spot</source>
        <translation>Wörter in der Nähe</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1062"/>
        <source>Place the point on the grid to see words near it.</source>
        <translation>Setz den Punkt ins Raster, um Wörter in seiner Nähe zu sehen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1084"/>
        <source>Type a feeling and press Enter</source>
        <translation>Gefühl eintippen und Enter drücken</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1085"/>
        <source>Feeling word</source>
        <translation>Gefühlswort</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1087"/>
        <source>Type a feeling and press Enter to add it. Your own words are welcome.</source>
        <translation>Tipp ein Gefühl ein und drück Enter, um es hinzuzufügen. Deine eigenen Wörter sind willkommen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1122"/>
        <source>Chosen feelings</source>
        <translation>Gewählte Gefühle</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1124"/>
        <source>None yet. Several feelings at once are normal.</source>
        <translation>Noch keine. Mehrere Gefühle zugleich sind ganz normal.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1162"/>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1272"/>
        <source>That is longer than %n characters; a shorter word fits.</source>
        <translation>
            <numerusform>Das ist länger als %n Zeichen; ein kürzeres Wort passt.</numerusform>
            <numerusform>Das ist länger als %n Zeichen; ein kürzeres Wort passt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1277"/>
        <source>“{word}” is already chosen.</source>
        <translation>„{word}“ ist schon gewählt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1283"/>
        <source>Added “{word}”.</source>
        <translation>„{word}“ hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1286"/>
        <source>Added “{word}” as your own word.</source>
        <translation>„{word}“ als dein eigenes Wort hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1346"/>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1355"/>
        <source>Removed “{word}”.</source>
        <translation>„{word}“ entfernt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1379"/>
        <source>Chosen: {list}</source>
        <translation>Gewählt: {list}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1379"/>
        <source>None chosen yet</source>
        <translation>Noch nichts gewählt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1411"/>
        <source>Chosen; press to remove</source>
        <translation>Gewählt; drücken zum Entfernen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1413"/>
        <source>Not chosen; press to add</source>
        <translation>Nicht gewählt; drücken zum Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1416"/>
        <source>“{word}” is chosen; press to remove it</source>
        <translation>„{word}“ ist gewählt; drücken zum Entfernen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1418"/>
        <source>Press to add “{word}”</source>
        <translation>Drücken, um „{word}“ hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1467"/>
        <source>Nothing added; the word is still in the field.</source>
        <translation>Nichts hinzugefügt; das Wort steht noch im Feld.</translation>
    </message>
</context>
<context>
    <name>FeelingsPage</name>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="279"/>
        <source>What are you feeling?</source>
        <translation>Was fühlst du?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="281"/>
        <source>Choose a spot on the grid and the words near it, or type a word. Several feelings can be true at once.</source>
        <translation>Wähl eine Stelle im Raster und die Wörter in ihrer Nähe, oder tipp ein Wort ein. Mehrere Gefühle können zugleich wahr sein.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="293"/>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="126"/>
        <source>Delete forever?</source>
        <translation>Endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="127"/>
        <source>Delete {what} forever? This cannot be undone.</source>
        <translation>„{what}“ endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="382"/>
        <source>activation {value}</source>
        <translation>Aktivierung {value}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="694"/>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="695"/>
        <source>Search your journal (Ctrl+F)</source>
        <translation>Dein Tagebuch durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="696"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="714"/>
        <location filename="../../attune_journal/ui/history.py" line="1439"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="716"/>
        <source>Show entries in the trash</source>
        <translation>Einträge im Papierkorb zeigen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="717"/>
        <source>Show the trash</source>
        <translation>Papierkorb zeigen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="720"/>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="721"/>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="722"/>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="722"/>
        <source>any feeling</source>
        <translation>jedes Gefühl</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="723"/>
        <source>Need</source>
        <translation>Bedürfnis</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="723"/>
        <source>any need</source>
        <translation>jedes Bedürfnis</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="724"/>
        <source>Body area</source>
        <translation>Körperstelle</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="724"/>
        <source>any body area</source>
        <translation>jede Körperstelle</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="725"/>
        <source>Tag</source>
        <translation>Stichwort</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="725"/>
        <source>any tag</source>
        <translation>jedes Stichwort</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="726"/>
        <source>Starred only</source>
        <translation>Nur mit Stern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="727"/>
        <source>Starred entries only</source>
        <translation>Nur Einträge mit Stern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="729"/>
        <source>Clear filters</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="730"/>
        <source>Show every entry again</source>
        <translation>Wieder alle Einträge zeigen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="736"/>
        <source>Date hint</source>
        <translation>Hinweis zum Datum</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="744"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="745"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="746"/>
        <source>Fee&amp;ling</source>
        <translation>Gefüh&amp;l</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="747"/>
        <source>Nee&amp;d</source>
        <translation>B&amp;edürfnis</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="748"/>
        <source>&amp;Body</source>
        <translation>&amp;Körper</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="749"/>
        <source>T&amp;ag</source>
        <translation>&amp;Stichwort</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="788"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="789"/>
        <source>Bring it back (Ctrl+Z)</source>
        <translation>Zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="793"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="803"/>
        <source>Calendar: days with entries are bold</source>
        <translation>Kalender: Tage mit Einträgen sind fett</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="814"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="823"/>
        <source>Number of entries shown</source>
        <translation>Anzahl der gezeigten Einträge</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="833"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="834"/>
        <source>Open to edit (Enter)</source>
        <translation>Zum Bearbeiten öffnen (Enter)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="836"/>
        <location filename="../../attune_journal/ui/history.py" line="1252"/>
        <source>Star</source>
        <translation>Stern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="837"/>
        <source>Star or unstar (Ctrl+D, or S in the list)</source>
        <translation>Stern setzen oder entfernen (Strg+D, oder S in der Liste)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="839"/>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="840"/>
        <source>Move to the trash; you can undo (Delete)</source>
        <translation>In den Papierkorb legen; lässt sich rückgängig machen (Entf)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="842"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="843"/>
        <source>Bring back from the trash (Enter)</source>
        <translation>Aus dem Papierkorb zurückholen (Enter)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="845"/>
        <source>Delete forever</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="846"/>
        <source>Delete for good, after asking (Delete)</source>
        <translation>Endgültig löschen, nach einer Rückfrage (Entf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/history.py" line="1169"/>
        <source>%Ln entries in the trash</source>
        <translation>
            <numerusform>%Ln Eintrag im Papierkorb</numerusform>
            <numerusform>%Ln Einträge im Papierkorb</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="1171"/>
        <source>Nothing matches. Try fewer words or clear the filters.</source>
        <translation>Nichts passt. Versuch es mit weniger Wörtern oder leere die Filter.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="1173"/>
        <source>No entries yet. What you write will appear here.</source>
        <translation>Noch keine Einträge. Was du schreibst, erscheint hier.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="1179"/>
        <source>Entries behind: {title}. Clear filters to see every entry again.</source>
        <translation>Einträge hinter: {title}. Leere die Filter, um wieder alle Einträge zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/history.py" line="1190"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="1219"/>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="1221"/>
        <source>Choose an entry to read it here.</source>
        <translation>Wähl einen Eintrag, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="1252"/>
        <source>Unstar</source>
        <translation>Stern entfernen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="1306"/>
        <source>mostly {feeling}</source>
        <translation>meist {feeling}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="1437"/>
        <source>In the trash: restore what you want to keep, or delete it for good.</source>
        <translation>Im Papierkorb: Hol zurück, was du behalten möchtest, oder lösch es endgültig.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="1439"/>
        <source>Back to entries</source>
        <translation>Zurück zu den Einträgen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="1470"/>
        <source>Your note was saved.</source>
        <translation>Deine Notiz ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="1485"/>
        <source>Starred.</source>
        <translation>Stern gesetzt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="1485"/>
        <source>Star removed.</source>
        <translation>Stern entfernt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="1501"/>
        <source>Moved to the trash: {entry}. It stays there until you delete it for good.</source>
        <translation>In den Papierkorb gelegt: {entry}. Dort bleibt der Eintrag, bis du ihn endgültig löschst.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="1505"/>
        <source>Moved to the trash. Ctrl+Z brings it back.</source>
        <translation>In den Papierkorb gelegt. Strg+Z holt den Eintrag zurück.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="1525"/>
        <source>Brought back: {entry}.</source>
        <translation>Zurückgeholt: {entry}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="1537"/>
        <source>Restored: {entry}.</source>
        <translation>Wiederhergestellt: {entry}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/history.py" line="1552"/>
        <source>Deleted for good.</source>
        <translation>Endgültig gelöscht.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../attune_journal/exchange/daylio.py" line="181"/>
        <source>{name}: the file has no header line; its columns were taken to be {columns} (from line 1, which is read as an entry)</source>
        <translation>{name}: Die Datei hat keine Kopfzeile; als Spalten wurden {columns} angenommen (aus Zeile 1, die als Eintrag gelesen wird)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/daylio.py" line="192"/>
        <source>{name}, line 1: this is not a Daylio export; expected the columns {columns} (or without note_title), missing: {missing}</source>
        <translation>{name}, Zeile 1: Das ist kein Daylio-Export; erwartet wurden die Spalten {columns} (oder ohne note_title), es fehlen: {missing}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/daylio.py" line="214"/>
        <location filename="../../attune_journal/exchange/jrnl.py" line="181"/>
        <source>{name}: the file is empty</source>
        <translation>{name}: Die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/daylio.py" line="218"/>
        <source>{name}, line 1: not a CSV file ({error})</source>
        <translation>{name}, Zeile 1: keine CSV-Datei ({error})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/daylio.py" line="227"/>
        <source>{name}: columns not imported: {columns}</source>
        <translation>{name}: nicht importierte Spalten: {columns}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/daylio.py" line="246"/>
        <source>{name}, line {start}: the file ends inside a quoted field; is it cut off? Nothing was imported.</source>
        <translation>{name}, Zeile {start}: Die Datei endet mitten in einem Feld in Anführungszeichen; ist sie abgeschnitten? Nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/daylio.py" line="253"/>
        <source>{name}, line {start}: the CSV cannot be read ({error})</source>
        <translation>{name}, Zeile {start}: Die CSV-Datei kann nicht gelesen werden ({error})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/daylio.py" line="264"/>
        <source>{name}, {where}: expected %n columns, found {found}</source>
        <translation>
            <numerusform>{name}, {where}: %n Spalte erwartet, {found} gefunden</numerusform>
            <numerusform>{name}, {where}: %n Spalten erwartet, {found} gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/daylio.py" line="270"/>
        <source>{name}, {where}: %n cells where the header has {columns}; a comma outside quotes (in a note or an activity) splits the row, so it cannot be read whole. Put that cell in quotes or remove the comma; nothing was imported.</source>
        <translation>
            <numerusform>{name}, {where}: %n Zelle, wo die Kopfzeile {columns} hat; ein Komma außerhalb von Anführungszeichen (in einer Notiz oder Aktivität) teilt die Zeile, sodass sie nicht als Ganzes gelesen werden kann. Setz diese Zelle in Anführungszeichen oder entfern das Komma; nichts wurde importiert.</numerusform>
            <numerusform>{name}, {where}: %n Zellen, wo die Kopfzeile {columns} hat; ein Komma außerhalb von Anführungszeichen (in einer Notiz oder Aktivität) teilt die Zeile, sodass sie nicht als Ganzes gelesen werden kann. Setz diese Zelle in Anführungszeichen oder entfern das Komma; nichts wurde importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/daylio.py" line="300"/>
        <source>{name}, {where}: field &apos;{found}&apos;/&apos;time&apos; is not a date and time like {shape} (found {day_text!r} {clock_text!r})</source>
        <translation>{name}, {where}: Das Feld „{found}“/„time“ ist kein Datum mit Uhrzeit wie {shape} (gefunden: {day_text!r} {clock_text!r})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/daylio.py" line="316"/>
        <source>{name}, {where}: field &apos;mood&apos; is empty</source>
        <translation>{name}, {where}: Das Feld „mood“ ist leer</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/daylio.py" line="340"/>
        <source>{name}: the export has a header but no entries</source>
        <translation>{name}: Der Export hat eine Kopfzeile, aber keine Einträge</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/daylio.py" line="374"/>
        <source>{where}: the activity &apos;{activity}&apos; is the tag &apos;{tag}&apos; here (a tag does not start with &apos;#&apos;)</source>
        <translation>{where}: Die Aktivität „{activity}“ ist hier das Stichwort „{tag}“ (ein Stichwort beginnt nicht mit „#“)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/daylio.py" line="385"/>
        <source>{where}: the activity &apos;{activity}…&apos; is longer than %n characters, the most a tag holds, and was left out.</source>
        <translation>
            <numerusform>{where}: Die Aktivität „{activity}…“ ist länger als %n Zeichen, mehr als ein Stichwort fasst, und wurde weggelassen.</numerusform>
            <numerusform>{where}: Die Aktivität „{activity}…“ ist länger als %n Zeichen, mehr als ein Stichwort fasst, und wurde weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="130"/>
        <source>{where}: field &apos;{field_name}&apos; is missing</source>
        <translation>{where}: Das Feld „{field_name}“ fehlt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="138"/>
        <source>{where}: field &apos;{field_name}&apos; is not a time like 2026-11-23T07:30:00Z (found {value!r:.40})</source>
        <translation>{where}: Das Feld „{field_name}“ ist keine Zeit wie 2026-11-23T07:30:00Z (gefunden: {value!r:.40})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="165"/>
        <source>{where}: its time {value} falls outside the years 1 to 9999 once moved into {place}, so the journal cannot place it; correct its date in Day One and export again, or leave this entry out of the export.</source>
        <translation>{where}: Seine Zeit {value} liegt in {place} umgerechnet außerhalb der Jahre 1 bis 9999, darum kann das Journal sie nicht einordnen; korrigier das Datum in Day One und exportier noch einmal, oder lass diesen Eintrag beim Export weg.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="379"/>
        <source>{where}: the location&apos;s latitude and longitude ({latitude!r:.20}, {longitude!r:.20}) are not a place on Earth and were left out.</source>
        <translation>{where}: Breite und Länge des Orts ({latitude!r:.20}, {longitude!r:.20}) sind kein Ort auf der Erde und wurden weggelassen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="395"/>
        <source>{where}: the temperature {temperature!r:.20} is not one in °C and was left out.</source>
        <translation>{where}: Die Temperatur {temperature!r:.20} ist keine in °C und wurde weggelassen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="409"/>
        <source>{where}: the time of its last edit in Day One ({modified!r:.40}) cannot be read and was left out.</source>
        <translation>{where}: Die Zeit der letzten Bearbeitung in Day One ({modified!r:.40}) kann nicht gelesen werden und wurde weggelassen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="422"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="426"/>
        <source>{name}: %n Day One fields not kept in the journal: {fields}; they stay in the Day One export.</source>
        <translation>
            <numerusform>{name}: %n Day-One-Feld übernimmt das Tagebuch nicht: {fields}; es bleibt im Day-One-Export erhalten.</numerusform>
            <numerusform>{name}: %n Day-One-Felder übernimmt das Tagebuch nicht: {fields}; sie bleiben im Day-One-Export erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="445"/>
        <source>{name}: this is not a Day One JSON export (no &apos;entries&apos; list)</source>
        <translation>{name}: Das ist kein JSON-Export von Day One (keine Liste „entries“)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="471"/>
        <source>{where}: expected an object</source>
        <translation>{where}: ein Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="477"/>
        <source>{where}: the time zone {zone_name!r} is unknown here; this computer&apos;s UTC offset for that date was used.</source>
        <translation>{where}: Die Zeitzone {zone_name!r} ist hier unbekannt; der UTC-Versatz dieses Computers für dieses Datum wurde verwendet.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="489"/>
        <source>{where}: field &apos;text&apos; must be text</source>
        <translation>{where}: Das Feld „text“ muss Text sein</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="498"/>
        <source>{where}: field &apos;tags&apos; must be a list of text</source>
        <translation>{where}: Das Feld „tags“ muss eine Liste von Texten sein</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="512"/>
        <source>%n photos</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="513"/>
        <source>%n videos</source>
        <translation>
            <numerusform>%n Video</numerusform>
            <numerusform>%n Videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="514"/>
        <source>%n audio recordings</source>
        <translation>
            <numerusform>%n Tonaufnahme</numerusform>
            <numerusform>%n Tonaufnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="515"/>
        <source>%n PDF files</source>
        <translation>
            <numerusform>%n PDF-Datei</numerusform>
            <numerusform>%n PDF-Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="520"/>
        <source>{where} ({moment:%Y-%m-%d %H:%M}): {kinds} not copied into the journal; the files stay in the Day One export and the text keeps its links to them.</source>
        <translation>{where} ({moment:%Y-%m-%d %H:%M}): {kinds} nicht ins Journal übernommen; die Dateien bleiben im Day-One-Export, und der Text behält seine Verweise darauf.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="562"/>
        <source>{name}: %n entries had no plain text, only Day One&apos;s rich text; it was turned into Markdown (headings, lists, quotes, bold, italic and links kept, colours and fonts not).</source>
        <translation>
            <numerusform>{name}: %n Eintrag hatte keinen einfachen Text, nur den formatierten Text von Day One; er wurde in Markdown umgewandelt (Überschriften, Listen, Zitate, fett, kursiv und Links bleiben erhalten, Farben und Schriften nicht).</numerusform>
            <numerusform>{name}: %n Einträge hatten keinen einfachen Text, nur den formatierten Text von Day One; er wurde in Markdown umgewandelt (Überschriften, Listen, Zitate, fett, kursiv und Links bleiben erhalten, Farben und Schriften nicht).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="591"/>
        <source>{zone} for {n}</source>
        <translation>{zone} für {n}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="595"/>
        <source>the zone of the entries next to them was taken ({zones})</source>
        <translation>die Zeitzone der benachbarten Einträge wurde übernommen ({zones})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="601"/>
        <source>this computer&apos;s ({zone}) was taken for {n}</source>
        <translation>für {n} wurde die dieses Computers übernommen ({zone})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="607"/>
        <source>{name}: %n entries carry no time zone; {how}.</source>
        <translation>
            <numerusform>{name}: %n Eintrag hat keine Zeitzone; {how}.</numerusform>
            <numerusform>{name}: %n Einträge haben keine Zeitzone; {how}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="608"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="631"/>
        <source>{name}: {member} is protected by a password, which this app cannot open; unpack the .zip with your computer&apos;s own tools (they ask for the password) and import the .json inside.</source>
        <translation>{name}: {member} ist mit einem Passwort geschützt, das diese App nicht öffnen kann; entpack die .zip mit den Werkzeugen deines Computers (sie fragen nach dem Passwort) und importier die .json darin.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="640"/>
        <source>{name}: {member} is packed with Deflate64 (as Windows Explorer packs large folders), which this app cannot unpack; {then}</source>
        <translation>{name}: {member} ist mit Deflate64 gepackt (wie der Windows Explorer große Ordner packt), was diese App nicht entpacken kann; {then}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="647"/>
        <source>{name}: {member} is packed in a way this app cannot unpack (method {compress_type}); {then}</source>
        <translation>{name}: {member} ist auf eine Weise gepackt, die diese App nicht entpacken kann (Methode {compress_type}); {then}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="662"/>
        <source>{name}: the .zip file is damaged or incomplete</source>
        <translation>{name}: Die .zip-Datei ist beschädigt oder unvollständig</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="675"/>
        <source>{name}: no Day One journal (.json) inside the .zip</source>
        <translation>{name}: kein Day-One-Journal (.json) in der .zip</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/dayone.py" line="706"/>
        <source>{name}: {filename} cannot be read ({error})</source>
        <translation>{name}: {filename} kann nicht gelesen werden ({error})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/dayone.py" line="716"/>
        <source>{name}: %n media files in the .zip were not copied into the journal; keep the .zip if you want them.</source>
        <translation>
            <numerusform>{name}: %n Mediendatei aus der .zip wurde nicht ins Tagebuch übernommen; heb die .zip auf, wenn du sie behalten möchtest.</numerusform>
            <numerusform>{name}: %n Mediendateien aus der .zip wurden nicht ins Tagebuch übernommen; heb die .zip auf, wenn du sie behalten möchtest.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/frontmatter.py" line="155"/>
        <source>only finite numbers can be exported</source>
        <translation>nur endliche Zahlen können exportiert werden</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/frontmatter.py" line="316"/>
        <source>a quoted text is not closed</source>
        <translation>ein Text in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/frontmatter.py" line="363"/>
        <source>the front matter is nested too deeply</source>
        <translation>der YAML-Kopf ist zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/frontmatter.py" line="371"/>
        <source>the front matter must be &apos;key: value&apos; lines</source>
        <translation>der YAML-Kopf muss aus Zeilen „Schlüssel: Wert“ bestehen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/importing.py" line="98"/>
        <source>Imported %n entries from {source} ({added} new, {updated} updated, {kept} kept beside your edits).</source>
        <translation>
            <numerusform>%n Eintrag aus {source} importiert ({added} neu, {updated} aktualisiert, {kept} neben deinen Änderungen behalten).</numerusform>
            <numerusform>%n Einträge aus {source} importiert ({added} neu, {updated} aktualisiert, {kept} neben deinen Änderungen behalten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/importing.py" line="106"/>
        <source>Imported %n entries from {source} ({added} new, {updated} updated).</source>
        <translation>
            <numerusform>%n Eintrag aus {source} importiert ({added} neu, {updated} aktualisiert).</numerusform>
            <numerusform>%n Einträge aus {source} importiert ({added} neu, {updated} aktualisiert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/importing.py" line="113"/>
        <source>Imported %n entries from {source}.</source>
        <translation>
            <numerusform>%n Eintrag aus {source} importiert.</numerusform>
            <numerusform>%n Einträge aus {source} importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/importing.py" line="117"/>
        <source>%n entries were already in your journal, unchanged.</source>
        <translation>
            <numerusform>%n Eintrag war schon unverändert in deinem Tagebuch.</numerusform>
            <numerusform>%n Einträge waren schon unverändert in deinem Tagebuch.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/importing.py" line="123"/>
        <source>Skipped {others}.</source>
        <translation>{others} übersprungen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/importing.py" line="146"/>
        <source>A backup was taken first: {backup}</source>
        <translation>Vorher wurde eine Sicherung angelegt: {backup}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/importing.py" line="155"/>
        <source>  … and {more} more skipped</source>
        <translation>  … und {more} weitere übersprungen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/importing.py" line="160"/>
        <source>  … and {more} more notes</source>
        <translation>  … und {more} weitere Hinweise</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/importing.py" line="183"/>
        <source>Unknown import format {format_id!r}; choose one of {formats}.</source>
        <translation>Unbekanntes Importformat {format_id!r}; wähl eines von {formats}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/importing.py" line="198"/>
        <source>{name}: the file is nested too deeply to read</source>
        <translation>{name}: Die Datei ist zu tief verschachtelt, um sie zu lesen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/importing.py" line="204"/>
        <source>{source}: there is not enough memory to read this file; is it the right one?</source>
        <translation>{source}: Der Speicher reicht nicht, um diese Datei zu lesen; ist es die richtige?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/importing.py" line="405"/>
        <source>{where}: the entry holds a character that cannot be stored (half of one, such as a cut emoji); nothing was imported and your journal is unchanged.</source>
        <translation>{where}: Der Eintrag enthält ein Zeichen, das nicht gespeichert werden kann (ein halbes, etwa ein abgeschnittenes Emoji); nichts wurde importiert, und dein Journal ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/importing.py" line="415"/>
        <source>An entry&apos;s source identity holds a character that cannot be stored ({shown}); nothing was imported and your journal is unchanged.</source>
        <translation>Die Herkunftskennung eines Eintrags enthält ein Zeichen, das nicht gespeichert werden kann ({shown}); nichts wurde importiert, und dein Journal ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/importing.py" line="513"/>
        <source>{NOT_SAVED}: it holds a character that cannot be stored ({error}).</source>
        <translation>{NOT_SAVED}: Er enthält ein Zeichen, das nicht gespeichert werden kann ({error}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/importing.py" line="527"/>
        <source>Kept %n weeks your partners shared ({already} of {found} were in your journal already).</source>
        <translation>
            <numerusform>%n geteilte Woche übernommen ({already} von {found} waren schon in deinem Tagebuch).</numerusform>
            <numerusform>%n geteilte Wochen übernommen ({already} von {found} waren schon in deinem Tagebuch).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/importing.py" line="535"/>
        <source>Kept %n weeks your partners shared.</source>
        <translation>
            <numerusform>%n geteilte Woche übernommen.</numerusform>
            <numerusform>%n geteilte Wochen übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/jrnl.py" line="169"/>
        <source>{name}, line {line}: the entry that starts here is longer than %Ln characters, the most one entry can hold; please split it into several entries.</source>
        <translation>
            <numerusform>{name}, Zeile {line}: Der Eintrag, der hier beginnt, ist länger als %Ln Zeichen, mehr als ein Eintrag fasst; bitte teil ihn auf mehrere Einträge auf.</numerusform>
            <numerusform>{name}, Zeile {line}: Der Eintrag, der hier beginnt, ist länger als %Ln Zeichen, mehr als ein Eintrag fasst; bitte teil ihn auf mehrere Einträge auf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/jrnl.py" line="185"/>
        <source>{name}, line {line}: no jrnl entry found; entries start with a time like [{example}] (time format {time_format!r}; another one can be given)</source>
        <translation>{name}, Zeile {line}: kein jrnl-Eintrag gefunden; Einträge beginnen mit einer Zeit wie [{example}] (Zeitformat {time_format!r}; ein anderes kann angegeben werden)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/jrnl.py" line="207"/>
        <source>line {number}: {blob} looks like an entry&apos;s time but does not read with the time format {fmt!r}, so it was kept as a line of the entry at line {entry_line} (jrnl itself may read it as a new entry; correct the time there to make it one)</source>
        <translation>Zeile {number}: {blob} sieht aus wie die Zeit eines Eintrags, passt aber nicht zum Zeitformat {fmt!r}, darum wurde es als Zeile des Eintrags in Zeile {entry_line} behalten (jrnl selbst liest es vielleicht als neuen Eintrag; korrigier dort die Zeit, um einen daraus zu machen)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/jrnl.py" line="280"/>
        <source>{name}: this is not a jrnl JSON export (no &apos;entries&apos; list)</source>
        <translation>{name}: Das ist kein JSON-Export von jrnl (keine Liste „entries“)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/jrnl.py" line="290"/>
        <source>{name}, {where}: expected an object with date and time</source>
        <translation>{name}, {where}: ein Objekt mit Datum und Uhrzeit erwartet</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/jrnl.py" line="297"/>
        <source>{name}, {where}: field &apos;date&apos; or &apos;time&apos; is missing</source>
        <translation>{name}, {where}: Das Feld „date“ oder „time“ fehlt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/jrnl.py" line="305"/>
        <source>{name}, {where}: field &apos;date&apos;/&apos;time&apos; is not a time like 2026-11-23 08:30 (found {day!r} {clock!r})</source>
        <translation>{name}, {where}: Das Feld „date“/„time“ ist keine Zeit wie 2026-11-23 08:30 (gefunden: {day!r} {clock!r})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/jrnl.py" line="314"/>
        <source>{name}, {where}: fields &apos;title&apos; and &apos;body&apos; must be text</source>
        <translation>{name}, {where}: Die Felder „title“ und „body“ müssen Text sein</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/jrnl.py" line="323"/>
        <source>{name}, {where}: field &apos;tags&apos; must be a list of text</source>
        <translation>{name}, {where}: Das Feld „tags“ muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/jrnl.py" line="359"/>
        <source>{name}, line {lineno}, column {colno}: not valid JSON ({problem})</source>
        <translation>{name}, Zeile {lineno}, Spalte {colno}: kein gültiges JSON ({problem})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="88"/>
        <source>{where}: field &apos;{name}&apos; should be {expected}, found {found!r:.60}</source>
        <translation>{where}: Das Feld „{name}“ sollte {expected} sein, gefunden: {found!r:.60}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="126"/>
        <source>{where}: field &apos;{name}&apos; is missing</source>
        <translation>{where}: Das Feld „{name}“ fehlt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="157"/>
        <source>{where}: item {number} of &apos;{name}&apos; should be &apos;key: value&apos; lines</source>
        <translation>{where}: Element {number} von „{name}“ sollte aus Zeilen „Schlüssel: Wert“ bestehen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="246"/>
        <source>{where}: &apos;{name}.{key}&apos; should be text</source>
        <translation>{where}: „{name}.{key}“ sollte Text sein</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="259"/>
        <source>{where}: &apos;{name}.{key}&apos; should be a whole number</source>
        <translation>{where}: „{name}.{key}“ sollte eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="276"/>
        <source>{where}: &apos;meta.{name}&apos;: {error}</source>
        <translation>{where}: „meta.{name}“: {error}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="290"/>
        <source>{where}: field &apos;kind&apos; should be one of {kinds}, found {kind!r:.40}</source>
        <translation>{where}: Das Feld „kind“ sollte eines von {kinds} sein, gefunden: {kind!r:.40}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="460"/>
        <source>{name}, line 1: expected the title &apos;{SINGLE_FILE_TITLE}&apos;</source>
        <translation>{name}, Zeile 1: der Titel „{SINGLE_FILE_TITLE}“ erwartet</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="473"/>
        <source>{name}, line {line_no}: the file ends in the middle of an entry</source>
        <translation>{name}, Zeile {line_no}: Die Datei endet mitten in einem Eintrag</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="490"/>
        <source>{name}, line {heading_line}: expected an entry heading &apos;## …&apos;</source>
        <translation>{name}, Zeile {heading_line}: eine Eintragsüberschrift „## …“ erwartet</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="496"/>
        <source>{name}, line {line}: expected a blank line after the heading</source>
        <translation>{name}, Zeile {line}: eine Leerzeile nach der Überschrift erwartet</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="503"/>
        <source>{name}, line {line}: expected a ```yaml block</source>
        <translation>{name}, Zeile {line}: einen ```yaml-Block erwartet</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="519"/>
        <source>{where}: field &apos;text_chars&apos; should be a whole number</source>
        <translation>{where}: Das Feld „text_chars“ sollte eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="527"/>
        <source>{name}, line {line_no}: expected a blank line before the text</source>
        <translation>{name}, Zeile {line_no}: eine Leerzeile vor dem Text erwartet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/markdown_import.py" line="535"/>
        <source>{where}: the text is not %n characters long as &apos;text_chars&apos; says; was the file edited? Import the folder export instead, or fix text_chars.</source>
        <translation>
            <numerusform>{where}: Der Text ist nicht %n Zeichen lang, wie „text_chars“ sagt; wurde die Datei bearbeitet? Importier stattdessen den Ordner-Export oder korrigier text_chars.</numerusform>
            <numerusform>{where}: Der Text ist nicht %n Zeichen lang, wie „text_chars“ sagt; wurde die Datei bearbeitet? Importier stattdessen den Ordner-Export oder korrigier text_chars.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="608"/>
        <source>{count} from front matter (date, created or day)</source>
        <translation>{count} aus dem YAML-Kopf (date, created oder day)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="610"/>
        <source>{count} from file names</source>
        <translation>{count} aus Dateinamen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="613"/>
        <source>{count} from file times (when the file was last changed)</source>
        <translation>{count} aus der Dateizeit (wann die Datei zuletzt geändert wurde)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/markdown_import.py" line="621"/>
        <source>%n notes from another app, dated: {sources}.</source>
        <translation>
            <numerusform>Datum von %n Notiz aus einer anderen App: {sources}.</numerusform>
            <numerusform>Datum von %n Notizen aus einer anderen App: {sources}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="627"/>
        <source>Dated by the file&apos;s time, as neither front matter nor file name gave a date: {names}</source>
        <translation>Nach der Dateizeit datiert, weil weder YAML-Kopf noch Dateiname ein Datum nannten: {names}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="642"/>
        <source>Front-matter fields of notes from other apps that the journal cannot keep (not a text, a number, true or false, or a list of texts) were left out (the text is unchanged): {fields}</source>
        <translation>Felder im YAML-Kopf von Notizen aus anderen Apps, die das Journal nicht behalten kann (kein Text, keine Zahl, kein true oder false und keine Liste von Texten), wurden weggelassen (der Text ist unverändert): {fields}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="651"/>
        <source>Hidden folders (names starting with &apos;.&apos;) were left out: {names}</source>
        <translation>Versteckte Ordner (Namen, die mit „.“ beginnen) wurden ausgelassen: {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/markdown_import.py" line="664"/>
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} und %n weitere</numerusform>
            <numerusform>{names} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="764"/>
        <source>{where}: the {name} {found!r} is not a date this import can read</source>
        <translation>{where}: „{name}“ {found!r} ist kein Datum, das dieser Import lesen kann</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="857"/>
        <source>{root}: no Markdown (.md) files in this folder</source>
        <translation>{root}: keine Markdown-Dateien (.md) in diesem Ordner</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="895"/>
        <source>{where}: the front matter that starts on line 1 has no closing &apos;---&apos; line</source>
        <translation>{where}: Dem YAML-Kopf, der in Zeile 1 beginnt, fehlt die schließende Zeile „---“</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="908"/>
        <source>{error}; the note was imported with its front matter kept in its text</source>
        <translation>{error}; die Notiz wurde importiert, ihr YAML-Kopf steht weiter in ihrem Text</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/markdown_import.py" line="932"/>
        <source>{where}: this partner week has lost its record (the json block at its end)</source>
        <translation>{where}: Diese Partnerwoche hat ihren Datensatz verloren (den json-Block an ihrem Ende)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/parsed.py" line="101"/>
        <source>{where}: {what} is larger than {size_text}, the most an import reads; no journal export is that large, so is it the right file?</source>
        <translation>{where}: {what} ist größer als {size_text}, mehr als ein Import liest; kein Journal-Export ist so groß, ist es also die richtige Datei?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/parsed.py" line="115"/>
        <source>{name}: this folder holds more than %Ln entries, the most one import takes; split it and import the parts one after another.</source>
        <translation>
            <numerusform>{name}: Dieser Ordner enthält mehr als %Ln Eintrag, mehr als ein Import aufnimmt; teil ihn auf und importier die Teile nacheinander.</numerusform>
            <numerusform>{name}: Dieser Ordner enthält mehr als %Ln Einträge, mehr als ein Import aufnimmt; teil ihn auf und importier die Teile nacheinander.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/parsed.py" line="123"/>
        <source>{name}: this file holds more than %Ln entries, the most one import takes; split it and import the parts one after another.</source>
        <translation>
            <numerusform>{name}: Diese Datei enthält mehr als %Ln Eintrag, mehr als ein Import aufnimmt; teil sie auf und importier die Teile nacheinander.</numerusform>
            <numerusform>{name}: Diese Datei enthält mehr als %Ln Einträge, mehr als ein Import aufnimmt; teil sie auf und importier die Teile nacheinander.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/parsed.py" line="157"/>
        <source>{path}: no such file or folder</source>
        <translation>{path}: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/parsed.py" line="161"/>
        <location filename="../../attune_journal/exchange/parsed.py" line="193"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/parsed.py" line="173"/>
        <source>{path} is {kind}, not a file; choose the exported file itself</source>
        <translation>{path} ist {kind}, keine Datei; wähl die exportierte Datei selbst</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/parsed.py" line="294"/>
        <source>{name}, line {number}: this is not UTF-8 text (byte {byte} cannot be read); is it the right file?</source>
        <translation>{name}, Zeile {number}: Das ist kein UTF-8-Text (Byte {byte} kann nicht gelesen werden); ist es die richtige Datei?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/parsed.py" line="302"/>
        <source>{name}, line {number}: the file holds binary data (a NUL byte); is it the right file?</source>
        <translation>{name}, Zeile {number}: Die Datei enthält Binärdaten (ein NUL-Byte); ist es die richtige Datei?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/parsed.py" line="319"/>
        <source>{name}, line {line}: this is not UTF-8 text (byte {byte} cannot be read); is it the right file?</source>
        <translation>{name}, Zeile {line}: Das ist kein UTF-8-Text (Byte {byte} kann nicht gelesen werden); ist es die richtige Datei?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/parsed.py" line="328"/>
        <source>{name}, line {line}: the file holds binary data (a NUL byte); is it the right file?</source>
        <translation>{name}, Zeile {line}: Die Datei enthält Binärdaten (ein NUL-Byte); ist es die richtige Datei?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/parsed.py" line="354"/>
        <source>{name}: %n entries held a cut character (half of an emoji, as text cut at a length limit leaves); each was replaced with �.</source>
        <translation>
            <numerusform>{name}: %n Eintrag enthielt ein abgeschnittenes Zeichen (ein halbes Emoji, wie es beim Kürzen auf eine Höchstlänge entsteht); es wurde durch � ersetzt.</numerusform>
            <numerusform>{name}: %n Einträge enthielten ein abgeschnittenes Zeichen (ein halbes Emoji, wie es beim Kürzen auf eine Höchstlänge entsteht); jedes wurde durch � ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/parsed.py" line="398"/>
        <source>{where}: {naive:%Y-%m-%d %H:%M} is not a time on this computer&apos;s clock (the clocks went forward that night); it was kept as written, at UTC{offset_text}</source>
        <translation>{where}: {naive:%Y-%m-%d %H:%M} gibt es auf der Uhr dieses Computers nicht (in dieser Nacht wurden die Uhren vorgestellt); die Zeit wurde wie geschrieben behalten, mit UTC{offset_text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/parsed.py" line="523"/>
        <source>{where}: the tag &apos;{tag}…&apos; is longer than %n characters and was left out (the text is unchanged).</source>
        <translation>
            <numerusform>{where}: Das Stichwort „{tag}…“ ist länger als %n Zeichen und wurde weggelassen (der Text ist unverändert).</numerusform>
            <numerusform>{where}: Das Stichwort „{tag}…“ ist länger als %n Zeichen und wurde weggelassen (der Text ist unverändert).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="535"/>
        <source>Journal exports (*.md *.txt *.jrnl *.json *.zip *.csv);;All files (*)</source>
        <translation>Journal-Exporte (*.md *.txt *.jrnl *.json *.zip *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="557"/>
        <source>Import entries</source>
        <translation>Einträge importieren</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="565"/>
        <source>Bring in what you wrote elsewhere. A backup is taken first, and entries already in your journal are skipped, so importing twice is safe.</source>
        <translation>Hol herein, was du anderswo geschrieben hast. Vorher wird eine Sicherung angelegt, und Einträge, die schon in deinem Tagebuch sind, werden übersprungen – zweimal importieren schadet also nicht.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="571"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="572"/>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="578"/>
        <source>Detected format</source>
        <translation>Erkanntes Format</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="584"/>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="585"/>
        <source>Choose the file to import</source>
        <translation>Datei zum Importieren wählen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="592"/>
        <source>Choose &amp;file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="595"/>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="606"/>
        <source>jrnl time format</source>
        <translation>jrnl-Zeitformat</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="608"/>
        <source>jrnl &amp;time format:</source>
        <translation>jrnl-&amp;Zeitformat:</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="612"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="614"/>
        <source>&amp;From:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="621"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="667"/>
        <source>The format could not be told ({why}); choose it in the list.</source>
        <translation>Das Format ließ sich nicht erkennen ({why}); wähl es in der Liste.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="673"/>
        <source>Detected: {label}; {why}.</source>
        <translation>Erkannt: {label}; {why}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="687"/>
        <source>The format is told from the file itself: our Markdown export (a file or folder), jrnl, Day One or Daylio. To name it yourself, choose it in the list.</source>
        <translation>Das Format wird an der Datei selbst erkannt: unser Markdown-Export (Datei oder Ordner), jrnl, Day One oder Daylio. Wenn du es selbst angeben möchtest, wähl es in der Liste.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="728"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="728"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="747"/>
        <source>{name}: the format could not be told ({why}); choose it in the list.</source>
        <translation>{name}: Das Format ließ sich nicht erkennen ({why}); wähl es in der Liste.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="772"/>
        <source>Read {name} as {format}.</source>
        <translation>{name} als {format} gelesen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="792"/>
        <source>Nothing was imported; your journal is unchanged.</source>
        <translation>Es wurde nichts importiert; dein Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="797"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="34"/>
        <source>&apos;{text}&apos; is not a date like 2026-11-23</source>
        <translation>„{text}“ ist kein Datum wie 2026-11-23</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/commands.py" line="164"/>
        <source>%n damaged entries could not be read and were left out; `attune-journal check` names them.</source>
        <translation>
            <numerusform>%n beschädigter Eintrag konnte nicht gelesen werden und wurde ausgelassen; `attune-journal check` nennt ihn.</numerusform>
            <numerusform>%n beschädigte Einträge konnten nicht gelesen werden und wurden ausgelassen; `attune-journal check` nennt sie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="186"/>
        <source>The export was stopped ({signal}) before it finished; no half-written files were left.</source>
        <translation>Der Export wurde angehalten ({signal}), bevor er fertig war; keine halb geschriebene Datei ist zurückgeblieben.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="213"/>
        <source>--from {start} is after --to {end}.</source>
        <translation>--from {start} liegt nach --to {end}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="218"/>
        <source>Give either --week or --from/--to, not both.</source>
        <translation>Gib entweder --week oder --from/--to an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="244"/>
        <source>The export is plain text, not encrypted: keep it somewhere private.</source>
        <translation>Der Export ist einfacher Text, nicht verschlüsselt: Bewahr ihn an einem privaten Ort auf.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="267"/>
        <source>{error} Nothing was exported.</source>
        <translation>{error} Nichts wurde exportiert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="312"/>
        <source>Reading {name}: {share} ({done} of {total} MB)…</source>
        <translation>{name} wird gelesen: {share} ({done} von {total} MB)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/commands.py" line="323"/>
        <source>Checked {name}; saving %Ln entries after a backup…</source>
        <translation>
            <numerusform>{name} ist geprüft; nach einer Sicherung wird %Ln Eintrag gespeichert…</numerusform>
            <numerusform>{name} ist geprüft; nach einer Sicherung werden %Ln Einträge gespeichert…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="343"/>
        <source>{path}: the format could not be told ({because}); name it with --format FORMAT, one of {formats}</source>
        <translation>{path}: Das Format war nicht zu erkennen ({because}); nenn es mit --format FORMAT, eines von {formats}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/commands.py" line="350"/>
        <source>Reading {file} as {format}</source>
        <translation>{file} wird als {format} gelesen</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="87"/>
        <source>Attune Journal Markdown export</source>
        <translation>Markdown-Export von Attune Journal</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="88"/>
        <source>A folder exported from Attune Journal, one of its files, or a single-file export.</source>
        <translation>Ein aus Attune Journal exportierter Ordner, eine seiner Dateien oder ein Export in eine Datei.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="92"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="95"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="99"/>
        <source>jrnl journal (plain text)</source>
        <translation>jrnl-Journal (einfacher Text)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="100"/>
        <source>The journal file jrnl writes, entries starting with [2026-11-23 08:30].</source>
        <translation>Die Journal-Datei, die jrnl schreibt; Einträge beginnen mit [2026-11-23 08:30].</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="104"/>
        <source>jrnl journal (*.txt *.jrnl *)</source>
        <translation>jrnl-Journal (*.txt *.jrnl *)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="107"/>
        <source>jrnl text</source>
        <translation>jrnl-Text</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="111"/>
        <source>jrnl JSON export</source>
        <translation>jrnl-JSON-Export</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="112"/>
        <source>What &apos;jrnl --format json&apos; writes.</source>
        <translation>Was „jrnl --format json“ schreibt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="113"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="115"/>
        <source>jrnl JSON</source>
        <translation>jrnl-JSON</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="119"/>
        <source>Day One export</source>
        <translation>Day-One-Export</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="120"/>
        <source>Day One&apos;s JSON export: the .zip, or the Journal.json inside it.</source>
        <translation>Der JSON-Export von Day One: die .zip oder die Journal.json darin.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="123"/>
        <source>Day One export (*.zip *.json)</source>
        <translation>Day-One-Export (*.zip *.json)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="125"/>
        <source>a Day One export</source>
        <translation>ein Day-One-Export</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="129"/>
        <source>Daylio CSV export</source>
        <translation>Daylio-CSV-Export</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="130"/>
        <source>The CSV file Daylio exports (daylio_export.csv).</source>
        <translation>Die CSV-Datei, die Daylio exportiert (daylio_export.csv).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="131"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="133"/>
        <source>a Daylio CSV export</source>
        <translation>ein Daylio-CSV-Export</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="203"/>
        <source>a folder of Markdown (.md) files</source>
        <translation>ein Ordner mit Markdown-Dateien (.md)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="210"/>
        <source>a folder without Markdown (.md) files</source>
        <translation>ein Ordner ohne Markdown-Dateien (.md)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="221"/>
        <source>a .zip file that is damaged or incomplete</source>
        <translation>eine .zip-Datei, die beschädigt oder unvollständig ist</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="233"/>
        <source>a .zip holding {journal}</source>
        <translation>eine .zip mit {journal}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="237"/>
        <source>a .zip without a journal (.json) inside</source>
        <translation>eine .zip ohne Journal (.json) darin</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="244"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="246"/>
        <source>the file holds binary data, not text</source>
        <translation>die Datei enthält Binärdaten, keinen Text</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="251"/>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="259"/>
        <source>it starts with front matter (a &apos;---&apos; line)</source>
        <translation>sie beginnt mit einem YAML-Kopf (einer Zeile „---“)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="263"/>
        <source>it starts with the title of a one-file export</source>
        <translation>sie beginnt mit dem Titel eines Exports in eine Datei</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="272"/>
        <source>its first line starts with a jrnl time, {opening}</source>
        <translation>ihre erste Zeile beginnt mit einer jrnl-Zeit, {opening}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="279"/>
        <source>a Markdown (.md) file</source>
        <translation>eine Markdown-Datei (.md)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="282"/>
        <source>its first line is not a jrnl entry time, a Daylio header, JSON or front matter</source>
        <translation>ihre erste Zeile ist weder eine jrnl-Eintragszeit noch ein Daylio-Kopf, JSON oder ein YAML-Kopf</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="305"/>
        <source>its first line is the header row of a Daylio export</source>
        <translation>ihre erste Zeile ist die Kopfzeile eines Daylio-Exports</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="310"/>
        <source>its first line is much like a Daylio export&apos;s header row</source>
        <translation>ihre erste Zeile ähnelt stark der Kopfzeile eines Daylio-Exports</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="318"/>
        <source>its first line is a Daylio entry (a file without a header)</source>
        <translation>ihre erste Zeile ist ein Daylio-Eintrag (eine Datei ohne Kopfzeile)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="361"/>
        <source>its top level has Day One&apos;s &quot;metadata&quot; and &quot;entries&quot;</source>
        <translation>ihre oberste Ebene hat die Felder „metadata“ und „entries“ von Day One</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="366"/>
        <source>its top level has jrnl&apos;s &quot;tags&quot; and &quot;entries&quot;</source>
        <translation>ihre oberste Ebene hat die Felder „tags“ und „entries“ von jrnl</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="371"/>
        <source>its entries have Day One&apos;s &quot;creationDate&quot;</source>
        <translation>ihre Einträge haben das Feld „creationDate“ von Day One</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="376"/>
        <source>its entries have jrnl&apos;s &quot;title&quot; and &quot;body&quot;</source>
        <translation>ihre Einträge haben die Felder „title“ und „body“ von jrnl</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/formats.py" line="379"/>
        <source>it is JSON, but without Day One&apos;s or jrnl&apos;s &quot;entries&quot;</source>
        <translation>sie ist JSON, aber ohne die „entries“ von Day One oder jrnl</translation>
    </message>
</context>
<context>
    <name>InsightRow</name>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="39"/>
        <source>needs and activation</source>
        <translation>Bedürfnisse und Aktivierung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="40"/>
        <source>needs and pleasant feelings</source>
        <translation>Bedürfnisse und angenehme Gefühle</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="41"/>
        <source>times of day</source>
        <translation>Tageszeiten</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="42"/>
        <source>days of the week</source>
        <translation>Wochentage</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="43"/>
        <source>body areas</source>
        <translation>Körperbereiche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="44"/>
        <source>tags</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="100"/>
        <source>Show these entries</source>
        <translation>Diese Einträge zeigen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="102"/>
        <source>Show the entries behind: {title}</source>
        <translation>Die Einträge dahinter zeigen: {title}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="105"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="106"/>
        <source>Hide: {title}</source>
        <translation>Ausblenden: {title}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="107"/>
        <source>Hide this one; it stays hidden in every range</source>
        <translation>Diesen ausblenden; er bleibt in jedem Zeitraum ausgeblendet</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="108"/>
        <source>Hide all like this</source>
        <translation>Alle dieser Art ausblenden</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="111"/>
        <source>Hide everything about {what}</source>
        <translation>Alles über {what} ausblenden</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="114"/>
        <source>Hide every sentence about {what}</source>
        <translation>Jeden Satz über {what} ausblenden</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="210"/>
        <source>%n comparisons</source>
        <translation>
            <numerusform>%n Vergleich</numerusform>
            <numerusform>%n Vergleiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="211"/>
        <source>%n of {comparisons} stand out.</source>
        <translation>
            <numerusform>{comparisons}, davon fällt %n auf.</numerusform>
            <numerusform>{comparisons}, davon fallen %n auf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="562"/>
        <source>In the morning</source>
        <translation>Morgens</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="563"/>
        <source>In the afternoon</source>
        <translation>Nachmittags</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="564"/>
        <source>In the evening</source>
        <translation>Abends</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="565"/>
        <source>At night</source>
        <translation>Nachts</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="571"/>
        <source>On Mondays</source>
        <translation>Montags</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="572"/>
        <source>On Tuesdays</source>
        <translation>Dienstags</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="573"/>
        <source>On Wednesdays</source>
        <translation>Mittwochs</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="574"/>
        <source>On Thursdays</source>
        <translation>Donnerstags</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="575"/>
        <source>On Fridays</source>
        <translation>Freitags</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="576"/>
        <source>On Saturdays</source>
        <translation>Samstags</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="577"/>
        <source>On Sundays</source>
        <translation>Sonntags</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="585"/>
        <source>{what} being unmet went with higher activation: on days when {what} was unmet, your activation averaged {mean}; at other times {other} {numbers}.</source>
        <translation>Wenn {what} nicht erfüllt war, ging das mit höherer Aktivierung einher: An solchen Tagen lag deine Aktivierung im Schnitt bei {mean}, sonst bei {other} {numbers}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="590"/>
        <source>{what} being unmet went with lower activation: on days when {what} was unmet, your activation averaged {mean}; at other times {other} {numbers}.</source>
        <translation>Wenn {what} nicht erfüllt war, ging das mit niedrigerer Aktivierung einher: An solchen Tagen lag deine Aktivierung im Schnitt bei {mean}, sonst bei {other} {numbers}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="595"/>
        <source>{what} being met went with higher activation: on days when {what} was met, your activation averaged {mean}; at other times {other} {numbers}.</source>
        <translation>Wenn {what} erfüllt war, ging das mit höherer Aktivierung einher: An solchen Tagen lag deine Aktivierung im Schnitt bei {mean}, sonst bei {other} {numbers}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="600"/>
        <source>{what} being met went with lower activation: on days when {what} was met, your activation averaged {mean}; at other times {other} {numbers}.</source>
        <translation>Wenn {what} erfüllt war, ging das mit niedrigerer Aktivierung einher: An solchen Tagen lag deine Aktivierung im Schnitt bei {mean}, sonst bei {other} {numbers}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="605"/>
        <source>{when} your activation seems to run higher: it averaged {mean}, and {other} at other times of day {numbers}.</source>
        <translation>{when} scheint deine Aktivierung höher zu liegen: im Schnitt bei {mean}, zu anderen Tageszeiten bei {other} {numbers}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="610"/>
        <source>{when} your activation seems to run lower: it averaged {mean}, and {other} at other times of day {numbers}.</source>
        <translation>{when} scheint deine Aktivierung niedriger zu liegen: im Schnitt bei {mean}, zu anderen Tageszeiten bei {other} {numbers}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="615"/>
        <source>{when} your activation seems to run higher: it averaged {mean}, and {other} on other days {numbers}.</source>
        <translation>{when} scheint deine Aktivierung höher zu liegen: im Schnitt bei {mean}, an anderen Tagen bei {other} {numbers}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="620"/>
        <source>{when} your activation seems to run lower: it averaged {mean}, and {other} on other days {numbers}.</source>
        <translation>{when} scheint deine Aktivierung niedriger zu liegen: im Schnitt bei {mean}, an anderen Tagen bei {other} {numbers}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="625"/>
        <source>Check-ins tagged “{what}” went with higher activation: it averaged {mean} in them and {other} in the others {numbers}.</source>
        <translation>Check-ins mit dem Stichwort „{what}“ gingen mit höherer Aktivierung einher: im Schnitt {mean}, bei den übrigen {other} {numbers}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="630"/>
        <source>Check-ins tagged “{what}” went with lower activation: it averaged {mean} in them and {other} in the others {numbers}.</source>
        <translation>Check-ins mit dem Stichwort „{what}“ gingen mit niedrigerer Aktivierung einher: im Schnitt {mean}, bei den übrigen {other} {numbers}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="635"/>
        <source>{what} being unmet went with pleasant feelings more often: on days when {what} was unmet, your feelings were mostly pleasant {share} of the time; at other times {other} {numbers}.</source>
        <translation>Wenn {what} nicht erfüllt war, ging das öfter mit angenehmen Gefühlen einher: An solchen Tagen waren deine Gefühle zu {share} überwiegend angenehm, sonst zu {other} {numbers}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="641"/>
        <source>{what} being unmet went with pleasant feelings less often: on days when {what} was unmet, your feelings were mostly pleasant {share} of the time; at other times {other} {numbers}.</source>
        <translation>Wenn {what} nicht erfüllt war, ging das seltener mit angenehmen Gefühlen einher: An solchen Tagen waren deine Gefühle zu {share} überwiegend angenehm, sonst zu {other} {numbers}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="647"/>
        <source>{what} being met went with pleasant feelings more often: on days when {what} was met, your feelings were mostly pleasant {share} of the time; at other times {other} {numbers}.</source>
        <translation>Wenn {what} erfüllt war, ging das öfter mit angenehmen Gefühlen einher: An solchen Tagen waren deine Gefühle zu {share} überwiegend angenehm, sonst zu {other} {numbers}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="653"/>
        <source>{what} being met went with pleasant feelings less often: on days when {what} was met, your feelings were mostly pleasant {share} of the time; at other times {other} {numbers}.</source>
        <translation>Wenn {what} erfüllt war, ging das seltener mit angenehmen Gefühlen einher: An solchen Tagen waren deine Gefühle zu {share} überwiegend angenehm, sonst zu {other} {numbers}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="659"/>
        <source>Noticing your {what} seems to go with pleasant feelings more often: when you noticed it, your feelings were mostly pleasant {share} of the time; at other times {other} {numbers}.</source>
        <translation>Körperstelle {what}: Wenn du dort etwas gespürt hast, scheinen deine Gefühle öfter angenehm gewesen zu sein – zu {share} überwiegend angenehm, sonst zu {other} {numbers}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="665"/>
        <source>Noticing your {what} seems to go with pleasant feelings less often: when you noticed it, your feelings were mostly pleasant {share} of the time; at other times {other} {numbers}.</source>
        <translation>Körperstelle {what}: Wenn du dort etwas gespürt hast, scheinen deine Gefühle seltener angenehm gewesen zu sein – zu {share} überwiegend angenehm, sonst zu {other} {numbers}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="684"/>
        <source>(n = {group} and {rest}; likely difference {low} to {high})</source>
        <translation>(n = {group} und {rest}; wahrscheinlicher Unterschied {low} bis {high})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="695"/>
        <source>(n = {group} and {rest}; likely difference {low} to {high} percentage points)</source>
        <translation>(n = {group} und {rest}; wahrscheinlicher Unterschied {low} bis {high} Prozentpunkte)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="723"/>
        <source>Nothing stands out yet. Each comparison needs at least %n check-ins on both sides.</source>
        <translation>
            <numerusform>Noch fällt nichts auf. Jeder Vergleich braucht auf beiden Seiten mindestens %n Check-in.</numerusform>
            <numerusform>Noch fällt nichts auf. Jeder Vergleich braucht auf beiden Seiten mindestens %n Check-ins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="730"/>
        <source>This range holds %n check-ins.</source>
        <translation>
            <numerusform>In diesem Zeitraum gibt es %n Check-in.</numerusform>
            <numerusform>In diesem Zeitraum gibt es %n Check-ins.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="731"/>
        <source>A few more weeks of check-ins will give it enough to look at.</source>
        <translation>Ein paar Wochen mehr Check-ins geben genug her, um etwas zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="740"/>
        <source>Nothing stands out yet among %n comparisons.</source>
        <translation>
            <numerusform>Unter %n Vergleich fällt noch nichts auf.</numerusform>
            <numerusform>Unter %n Vergleichen fällt noch nichts auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="741"/>
        <source>That is an honest answer, not a shortcoming: with %n check-ins only large differences can show.</source>
        <translation>
            <numerusform>Das ist eine ehrliche Antwort, kein Mangel: Bei %n Check-in können sich nur große Unterschiede zeigen.</numerusform>
            <numerusform>Das ist eine ehrliche Antwort, kein Mangel: Bei %n Check-ins können sich nur große Unterschiede zeigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="748"/>
        <source>About %n more months of journaling at your pace would double what there is to look at and let smaller patterns show.</source>
        <translation>
            <numerusform>Etwa %n weiterer Monat Tagebuch in deinem Tempo würde verdoppeln, was es anzuschauen gibt, und auch kleinere Muster sichtbar machen.</numerusform>
            <numerusform>Etwa %n weitere Monate Tagebuch in deinem Tempo würden verdoppeln, was es anzuschauen gibt, und auch kleinere Muster sichtbar machen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="766"/>
        <source>How is this worked out?</source>
        <translation>Wie wird das berechnet?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="767"/>
        <source>Every sentence compares you with yourself: a group of your check-ins (say, the ones where rest was unmet) against all your other check-ins in the same range. Nobody else&apos;s journal is involved. Quick notes are left out, as they are often written in a stirred-up moment and would tilt every comparison.</source>
        <translation>Jeder Satz vergleicht dich mit dir selbst: eine Gruppe deiner Check-ins (etwa die, in denen Erholung nicht erfüllt war) mit all deinen anderen Check-ins im selben Zeitraum. Kein fremdes Tagebuch ist beteiligt. Kurznotizen bleiben außen vor, weil sie oft in aufgewühlten Momenten entstehen und jeden Vergleich verzerren würden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="774"/>
        <source>For activation the two averages are compared (Welch&apos;s t test); for feelings, how often they were mostly pleasant (a comparison of two shares). A group needs at least %n check-ins on each side before it is compared at all; n is how many check-ins each side holds.</source>
        <translation>
            <numerusform>Bei der Aktivierung werden die beiden Mittelwerte verglichen (Welch-t-Test), bei Gefühlen, wie oft sie überwiegend angenehm waren (ein Vergleich zweier Anteile). Eine Gruppe braucht auf jeder Seite mindestens %n Check-in, bevor überhaupt verglichen wird; n gibt an, wie viele Check-ins auf jeder Seite liegen.</numerusform>
            <numerusform>Bei der Aktivierung werden die beiden Mittelwerte verglichen (Welch-t-Test), bei Gefühlen, wie oft sie überwiegend angenehm waren (ein Vergleich zweier Anteile). Eine Gruppe braucht auf jeder Seite mindestens %n Check-ins, bevor überhaupt verglichen wird; n gibt an, wie viele Check-ins auf jeder Seite liegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="785"/>
        <source>In this range %n comparisons were made.</source>
        <translation>
            <numerusform>In diesem Zeitraum wurde %n Vergleich angestellt.</numerusform>
            <numerusform>In diesem Zeitraum wurden %n Vergleiche angestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="786"/>
        <source>Looking at that many, a few differences always turn up by chance, so only those passing a false discovery check (Benjamini–Hochberg at 5 %) are shown: of the sentences shown, about 1 in 20 or fewer is expected to be a fluke.</source>
        <translation>Bei so vielen tauchen immer ein paar Unterschiede durch Zufall auf. Deshalb erscheinen nur die, die eine Prüfung auf Zufallsfunde bestehen (Benjamini-Hochberg bei 5 %): Von den gezeigten Sätzen ist voraussichtlich höchstens etwa einer von 20 ein Zufallstreffer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/insights.py" line="793"/>
        <source>%n passed.</source>
        <translation>
            <numerusform>%n hat sie bestanden.</numerusform>
            <numerusform>%n haben sie bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="796"/>
        <source>The likely difference is a range that holds the true difference {level} % of the time; it is widened when many comparisons were made, so it stays honest about the looking around.</source>
        <translation>Der wahrscheinliche Unterschied ist ein Bereich, der den wahren Unterschied in {level} % der Fälle enthält; bei vielen Vergleichen wird er breiter, damit er ehrlich bleibt, obwohl so viel gesucht wurde.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/insights.py" line="802"/>
        <source>These are patterns that went together in your own entries. They are not proof that one thing brings about the other, and they can change as you keep writing.</source>
        <translation>Das sind Muster, die in deinen eigenen Einträgen zusammen auftraten. Sie beweisen nicht, dass das eine das andere hervorruft, und sie können sich ändern, während du weiterschreibst.</translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="149"/>
        <location filename="../../attune_journal/ui/insights_panel.py" line="158"/>
        <source>What stands out</source>
        <translation>Was auffällt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="160"/>
        <source>How is this worked out?</source>
        <translation>Wie wird das berechnet?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="162"/>
        <source>How these comparisons are made, and how often one may be a fluke</source>
        <translation>Wie diese Vergleiche entstehen und wie oft einer ein Zufallstreffer sein kann</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="165"/>
        <location filename="../../attune_journal/ui/insights_panel.py" line="220"/>
        <source>Looking for what stands out…</source>
        <translation>Suche nach dem, was auffällt…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="168"/>
        <source>What stands out: summary</source>
        <translation>Was auffällt: Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="172"/>
        <source>Show hidden insights again</source>
        <translation>Ausgeblendete Einblicke wieder zeigen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="183"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="240"/>
        <source>What stands out could not be worked out: {error}</source>
        <translation>Was auffällt, ließ sich nicht berechnen: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/insights_panel.py" line="277"/>
        <source>%n of them are hidden.</source>
        <translation>
            <numerusform>%n davon ist ausgeblendet.</numerusform>
            <numerusform>%n davon sind ausgeblendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/insights_panel.py" line="279"/>
        <source>Some kinds of insight are hidden.</source>
        <translation>Manche Arten von Einblicken sind ausgeblendet.</translation>
    </message>
</context>
<context>
    <name>Intensity</name>
    <message>
        <location filename="../../attune_journal/core/labels.py" line="24"/>
        <source>faint</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/labels.py" line="25"/>
        <source>clear</source>
        <translation>deutlich</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/labels.py" line="26"/>
        <source>strong</source>
        <translation>stark</translation>
    </message>
</context>
<context>
    <name>IntensityBox</name>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="820"/>
        <source>How strong: {what}</source>
        <translation>Wie stark: {what}</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <location filename="../../attune_journal/ui/settings/language.py" line="24"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/language.py" line="31"/>
        <source>Follow this computer ({language})</source>
        <translation>Wie dieser Computer ({language})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/language.py" line="39"/>
        <source>Language of the app</source>
        <translation>Sprache der App</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/language.py" line="41"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/language.py" line="59"/>
        <source>The app will speak {language} from the next time you open it. Nothing else changes: your entries stay exactly as you wrote them.</source>
        <translation>Ab dem nächsten Öffnen spricht die App {language}. Sonst ändert sich nichts: Deine Einträge bleiben genau so, wie du sie geschrieben hast.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/language.py" line="64"/>
        <source>language ({language})</source>
        <translation>Sprache ({language})</translation>
    </message>
</context>
<context>
    <name>LastTime</name>
    <message>
        <location filename="../../attune_journal/core/similar.py" line="148"/>
        <source>Then you tried: {strategy} (activation {before} → {after})</source>
        <translation>Damals hast du versucht: {strategy} (Aktivierung {before} → {after})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/similar.py" line="151"/>
        <source>Then you tried: {strategy}</source>
        <translation>Damals hast du versucht: {strategy}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/similar.py" line="155"/>
        <source>Then you noted: {note}</source>
        <translation>Damals hast du notiert: {note}</translation>
    </message>
</context>
<context>
    <name>LastTimeList</name>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="669"/>
        <source>Last time you felt like this</source>
        <translation>Als es dir zuletzt so ging</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="676"/>
        <source>Earlier check-ins that looked a little like this one, if you&apos;d like a look.</source>
        <translation>Frühere Check-ins, die diesem ein wenig ähneln – falls du einen Blick darauf werfen möchtest.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="683"/>
        <source>Last time you felt like this: status</source>
        <translation>Als es dir zuletzt so ging: Status</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="730"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="733"/>
        <source>Open the check-in from {day} in History</source>
        <translation>Den Check-in vom {day} im Verlauf öffnen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="735"/>
        <source>Read it in History</source>
        <translation>Im Verlauf lesen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="737"/>
        <source>Don&apos;t bring this back</source>
        <translation>Nicht mehr zeigen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="740"/>
        <source>Don&apos;t bring back the check-in from {day}</source>
        <translation>Den Check-in vom {day} nicht mehr zeigen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="742"/>
        <source>It stays in your journal; it just won&apos;t be shown here</source>
        <translation>Er bleibt in deinem Tagebuch, er wird hier nur nicht mehr gezeigt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="762"/>
        <source>That check-in won&apos;t be brought back here. It&apos;s still in your journal.</source>
        <translation>Dieser Check-in wird hier nicht mehr gezeigt. In deinem Tagebuch ist er weiterhin.</translation>
    </message>
</context>
<context>
    <name>LastTimeSection</name>
    <message>
        <location filename="../../attune_journal/ui/settings/last_time.py" line="18"/>
        <source>Looking back</source>
        <translation>Zurückschauen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/last_time.py" line="22"/>
        <source>Show “Last time you felt like this”</source>
        <translation>„Als es dir zuletzt so ging“ zeigen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/last_time.py" line="27"/>
        <source>After a check-in, show up to three earlier check-ins that looked like this one, and what you tried then.</source>
        <translation>Nach einem Check-in bis zu drei frühere Check-ins zeigen, die ihm ähneln, und was du damals versucht hast.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/last_time.py" line="40"/>
        <source>“Last time you felt like this” on</source>
        <translation>„Als es dir zuletzt so ging“ an</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/last_time.py" line="42"/>
        <source>“Last time you felt like this” off</source>
        <translation>„Als es dir zuletzt so ging“ aus</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="109"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="111"/>
        <source>New check-in</source>
        <translation>Neuer Check-in</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="114"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="116"/>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="117"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="120"/>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="127"/>
        <source>Repairs</source>
        <translation>Reparaturen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="134"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="150"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="165"/>
        <source>Need support now?</source>
        <translation>Brauchst du Hilfe?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="167"/>
        <source>People and helplines you can reach (F1)</source>
        <translation>Menschen und Hilfetelefone, die du erreichen kannst (F1)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="305"/>
        <source>Regulation note saved.</source>
        <translation>Regulationsnotiz gespeichert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="375"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="378"/>
        <source>&amp;New check-in</source>
        <translation>&amp;Neuer Check-in</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="381"/>
        <source>&amp;Quick regulation note…</source>
        <translation>&amp;Kurze Regulationsnotiz…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="388"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="391"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="395"/>
        <source>Open a &amp;partner&apos;s file…</source>
        <translation>Geteilte &amp;Woche öffnen…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="400"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="406"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="416"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="417"/>
        <source>Need &amp;support now?</source>
        <translation>Brauchst du Hil&amp;fe?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="421"/>
        <source>&amp;About Attune Journal</source>
        <translation>&amp;Über Attune Journal</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="457"/>
        <source>About Attune Journal</source>
        <translation>Über Attune Journal</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/main_window.py" line="459"/>
        <source>&lt;p&gt;&lt;b&gt;Attune Journal&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;A private journal for noticing your body, naming feelings, finding needs and learning what helps you settle.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, in {folder}. The app never connects to the internet.&lt;/p&gt;&lt;p&gt;This is a journal, not therapy, and it cannot help in an emergency. If you are in danger, call your local emergency number.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Attune Journal&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Ein privates Tagebuch, um deinen Körper wahrzunehmen, Gefühle zu benennen, Bedürfnisse zu finden und herauszufinden, was dir hilft, wieder ins Gleichgewicht zu kommen.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer, in {folder}. Die App verbindet sich nie mit dem Internet.&lt;/p&gt;&lt;p&gt;Dies ist ein Tagebuch, keine Therapie, und in einem Notfall kann es nicht helfen. Wenn du in Gefahr bist, ruf deine örtliche Notrufnummer an.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MoodGrid</name>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="212"/>
        <source>Mood grid: pleasantness and energy</source>
        <translation>Gefühlsraster: wie angenehm, wie viel Energie</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="317"/>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="459"/>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="793"/>
        <source>unpleasant</source>
        <translation>unangenehm</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="318"/>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="464"/>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="793"/>
        <source>pleasant</source>
        <translation>angenehm</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="449"/>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="796"/>
        <source>more energy</source>
        <translation>mehr Energie</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="454"/>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="796"/>
        <source>less energy</source>
        <translation>weniger Energie</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="679"/>
        <source>Unpleasant, more energy</source>
        <translation>Unangenehm, mehr Energie</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="680"/>
        <source>Pleasant, more energy</source>
        <translation>Angenehm, mehr Energie</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="681"/>
        <source>Unpleasant, less energy</source>
        <translation>Unangenehm, weniger Energie</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="682"/>
        <source>Pleasant, less energy</source>
        <translation>Angenehm, weniger Energie</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="690"/>
        <source>Chosen: {chosen} of {count}.</source>
        <translation>Gewählt: {chosen} von {count}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="693"/>
        <source>About {share} % of the feelings shown.</source>
        <translation>Etwa {share} % der gezeigten Gefühle.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="735"/>
        <source>Your own word</source>
        <translation>Dein eigenes Wort</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="769"/>
        <source>Click or drag to place the point. Arrow keys move it (Shift for bigger steps), Home centres it, Delete clears it.</source>
        <translation>Klick oder zieh, um den Punkt zu setzen. Die Pfeiltasten verschieben ihn (mit Umschalt in größeren Schritten), Pos1 setzt ihn in die Mitte, Entf entfernt ihn.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="774"/>
        <source>Page Down and Page Up go from word to word (Ctrl for the next quadrant); Space chooses the word or lets it go.</source>
        <translation>Bild ab und Bild auf gehen von Wort zu Wort (mit Strg zum nächsten Quadranten); die Leertaste wählt das Wort oder gibt es wieder frei.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="784"/>
        <source>Where feelings were. Most often: {quadrant}.</source>
        <translation>Wo die Gefühle lagen. Am häufigsten: {quadrant}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="789"/>
        <source>No point placed. Use the arrow keys or click to show how pleasant and how energetic you feel.</source>
        <translation>Noch kein Punkt gesetzt. Zeig mit den Pfeiltasten oder per Klick, wie angenehm du dich fühlst und wie viel Energie du hast.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="795"/>
        <source>neither pleasant nor unpleasant</source>
        <translation>weder angenehm noch unangenehm</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="798"/>
        <source>middling energy</source>
        <translation>mittlere Energie</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="799"/>
        <source>Pleasantness {p:+.2f}, energy {e:+.2f}: {side}, {energy}.</source>
        <translation>Angenehm {p:+.2f}, Energie {e:+.2f}: {side}, {energy}.</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="313"/>
        <source>What do you need right now?</source>
        <translation>Was brauchst du gerade?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="315"/>
        <source>Mark the needs that feel alive today, and whether each one feels met. One is plenty.</source>
        <translation>Markier die Bedürfnisse, die heute lebendig sind, und ob sie sich erfüllt anfühlen. Eines reicht völlig.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="327"/>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
</context>
<context>
    <name>NeedsPicker</name>
    <message>
        <location filename="../../attune_journal/ui/widgets/needs_picker.py" line="155"/>
        <source>Find a need, or type your own</source>
        <translation>Bedürfnis suchen oder eigenes eintippen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/needs_picker.py" line="156"/>
        <source>Find a need</source>
        <translation>Bedürfnis suchen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/needs_picker.py" line="159"/>
        <source>Typing narrows the list. Enter chooses the first match, or adds what you typed as your own need. Down moves into the list.</source>
        <translation>Beim Tippen wird die Liste kürzer. Enter wählt den ersten Treffer oder fügt das Getippte als eigenes Bedürfnis hinzu. Pfeil nach unten führt in die Liste.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/needs_picker.py" line="171"/>
        <source>Need</source>
        <translation>Bedürfnis</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/needs_picker.py" line="171"/>
        <source>Met?</source>
        <translation>Erfüllt?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/needs_picker.py" line="174"/>
        <location filename="../../attune_journal/ui/widgets/needs_picker.py" line="216"/>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/needs_picker.py" line="176"/>
        <source>Space chooses a need; M switches it between met and not met.</source>
        <translation>Die Leertaste wählt ein Bedürfnis; M wechselt zwischen erfüllt und nicht erfüllt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/needs_picker.py" line="187"/>
        <source>Space chooses · M: met or not met</source>
        <translation>Leertaste wählt · M: erfüllt oder nicht</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/needs_picker.py" line="208"/>
        <source>Your own</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/needs_picker.py" line="274"/>
        <source>Group heading</source>
        <translation>Gruppenüberschrift</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/needs_picker.py" line="328"/>
        <source>✓ met</source>
        <translation>✓ erfüllt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/needs_picker.py" line="328"/>
        <source>○ not met</source>
        <translation>○ nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/needs_picker.py" line="333"/>
        <source>{need}, chosen, {state}</source>
        <translation>{need}, gewählt, {state}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/needs_picker.py" line="334"/>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/needs_picker.py" line="334"/>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/needs_picker.py" line="422"/>
        <source>No needs chosen yet; skipping is fine.</source>
        <translation>Noch keine Bedürfnisse gewählt; überspringen ist in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/needs_picker.py" line="424"/>
        <source>Chosen: {list}</source>
        <translation>Gewählt: {list}</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="42"/>
        <source>Choose a passphrase</source>
        <translation>Passphrase wählen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="45"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="48"/>
        <source>New passphrase again</source>
        <translation>Neue Passphrase noch einmal</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="53"/>
        <source>A few unrelated words are easy to remember and hard to guess. Nobody can recover the journal without it, not even us, so keep it somewhere safe.</source>
        <translation>Ein paar Wörter, die nichts miteinander zu tun haben, sind leicht zu merken und schwer zu erraten. Ohne sie kann niemand das Tagebuch wiederherstellen, auch wir nicht – bewahre sie also sicher auf.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="60"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="61"/>
        <source>&amp;Again</source>
        <translation>&amp;Noch einmal</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="75"/>
        <source>A passphrase cannot be empty.</source>
        <translation>Eine Passphrase darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="77"/>
        <source>The two passphrases differ; please type them again.</source>
        <translation>Die beiden Passphrasen sind verschieden; bitte tipp sie noch einmal ein.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../attune_journal/ui/note_editor.py" line="43"/>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/note_editor.py" line="44"/>
        <source>You changed this note. Close without saving the changes?</source>
        <translation>Du hast diese Notiz geändert. Ohne Speichern schließen?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/note_editor.py" line="60"/>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/note_editor.py" line="63"/>
        <source>When this note was written</source>
        <translation>Wann diese Notiz geschrieben wurde</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/note_editor.py" line="70"/>
        <source>Note text</source>
        <translation>Text der Notiz</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/note_editor.py" line="72"/>
        <source>Your note (Markdown works here)</source>
        <translation>Deine Notiz (Markdown funktioniert hier)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/note_editor.py" line="74"/>
        <source>Tags</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/note_editor.py" line="75"/>
        <source>Tags, separated by spaces (optional)</source>
        <translation>Stichwörter, durch Leerzeichen getrennt (optional)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/note_editor.py" line="76"/>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/note_editor.py" line="80"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/note_editor.py" line="81"/>
        <source>Feelings, needs and activation noted with it stay as they were.</source>
        <translation>Gefühle, Bedürfnisse und Aktivierung, die dazu notiert sind, bleiben, wie sie waren.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/note_editor.py" line="89"/>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/note_editor.py" line="114"/>
        <source>The time you save it</source>
        <translation>Der Zeitpunkt des Speicherns</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/note_editor.py" line="135"/>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <location filename="../../attune_journal/core/i18n.py" line="295"/>
        <source>{number}%</source>
        <extracomment>A percentage; {number} is the number (&quot;62&quot;). German writes &quot;{number} %&quot;.</extracomment>
        <translation>{number} %</translation>
    </message>
</context>
<context>
    <name>OwnList</name>
    <message>
        <location filename="../../attune_journal/ui/settings/section.py" line="127"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/section.py" line="129"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/section.py" line="130"/>
        <source>Remove the chosen item (Delete)</source>
        <translation>Den gewählten Eintrag entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/section.py" line="188"/>
        <source>“{name}” is already in your list.</source>
        <translation>„{name}“ steht schon in deiner Liste.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/section.py" line="198"/>
        <source>added “{name}”</source>
        <translation>„{name}“ hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/section.py" line="211"/>
        <source>removed “{name}”</source>
        <translation>„{name}“ entfernt</translation>
    </message>
</context>
<context>
    <name>OwnWordsSection</name>
    <message>
        <location filename="../../attune_journal/ui/settings/own_words.py" line="22"/>
        <source>Your own words</source>
        <translation>Deine eigenen Wörter</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/own_words.py" line="26"/>
        <source>Feeling words:</source>
        <translation>Gefühlswörter:</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/own_words.py" line="30"/>
        <source>Please write the feeling word first.</source>
        <translation>Schreib bitte zuerst das Gefühlswort.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/own_words.py" line="31"/>
        <source>Your own feeling words</source>
        <translation>Deine eigenen Gefühlswörter</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/own_words.py" line="32"/>
        <source>A feeling word, then Add</source>
        <translation>Ein Gefühlswort, dann Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/own_words.py" line="37"/>
        <source>Place it on the mood grid:</source>
        <translation>Im Gefühlsraster platzieren:</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/own_words.py" line="41"/>
        <source>pleasant </source>
        <translation>angenehm </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/own_words.py" line="41"/>
        <source>Pleasantness, -1 to 1</source>
        <translation>Wie angenehm, -1 bis 1</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/own_words.py" line="42"/>
        <source>energy </source>
        <translation>Energie </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/own_words.py" line="42"/>
        <source>Energy, -1 to 1</source>
        <translation>Energie, -1 bis 1</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/own_words.py" line="56"/>
        <source>Things that help you settle (strategies):</source>
        <translation>Was dir hilft, ins Gleichgewicht zu kommen (Strategien):</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/own_words.py" line="60"/>
        <source>Please write the strategy first.</source>
        <translation>Schreib bitte zuerst die Strategie.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/own_words.py" line="61"/>
        <source>Your own strategies</source>
        <translation>Deine eigenen Strategien</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/own_words.py" line="62"/>
        <source>A strategy, then Add</source>
        <translation>Eine Strategie, dann Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/own_words.py" line="70"/>
        <source>“{word}” is already one of the feeling words; you can use it as it is.</source>
        <translation>„{word}“ ist schon eines der Gefühlswörter; du kannst es direkt verwenden.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/own_words.py" line="82"/>
        <source>“{name}” is already one of the starter strategies.</source>
        <translation>„{name}“ ist schon eine der mitgelieferten Strategien.</translation>
    </message>
</context>
<context>
    <name>PartnerDialogs</name>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="88"/>
        <source>week {number} ({span})</source>
        <translation>Woche {number} ({span})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="100"/>
        <source>Save the file for your partner</source>
        <translation>Datei für dein Gegenüber speichern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="102"/>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="115"/>
        <source>Shared week (*{suffix});;All files (*)</source>
        <translation>Geteilte Woche (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="113"/>
        <source>Open a partner&apos;s file</source>
        <translation>Geteilte Woche öffnen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="162"/>
        <source>(nothing written about what happened)</source>
        <translation>(nichts dazu geschrieben, was passiert ist)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="383"/>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="507"/>
        <source>{who}, {pillar}: {score}</source>
        <translation>{who}, {pillar}: {score}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="412"/>
        <source>Two views of the same week. A difference is something to be curious about together, not a mistake, and nothing here is a grade.</source>
        <translation>Zwei Blicke auf dieselbe Woche. Ein Unterschied ist etwas, worauf ihr gemeinsam neugierig sein könnt, kein Fehler – und nichts hier ist eine Note.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="428"/>
        <source>Where you agree and differ</source>
        <translation>Wo ihr euch einig seid und wo nicht</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="432"/>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="438"/>
        <source>Maybe start with</source>
        <translation>Vielleicht fangt ihr hier an</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="443"/>
        <source>Over time: how far apart your answers were</source>
        <translation>Im Lauf der Zeit: wie weit eure Antworten auseinanderlagen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="449"/>
        <source>Gaps between your answers, week by week</source>
        <translation>Abstände zwischen euren Antworten, Woche für Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="491"/>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="501"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="512"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="529"/>
        <source>No pillar has an answer from both of you this week.</source>
        <translation>Diese Woche hat keine Säule eine Antwort von euch beiden.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="536"/>
        <source>You see these much the same: {pillars}.</source>
        <translation>Ziemlich gleich seht ihr: {pillars}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="542"/>
        <source>You see {pillar} most differently: you {mine}, {name} {theirs}.</source>
        <translation>Am unterschiedlichsten seht ihr {pillar}: du {mine}, {name} {theirs}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="554"/>
        <source>No pillar is far apart this week.</source>
        <translation>Diese Woche liegt keine Säule weit auseinander.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="575"/>
        <source>Week {number}</source>
        <translation>Woche {number}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="600"/>
        <source>0.0 means you answered alike; a bigger number, further apart. Only weeks you both have are listed, the latest first.</source>
        <translation>0,0 heißt, ihr habt gleich geantwortet; je größer die Zahl, desto weiter auseinander. Nur Wochen, die ihr beide habt, stehen hier, die neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="606"/>
        <source>Weeks you have both shared will show here.</source>
        <translation>Wochen, die ihr beide geteilt habt, erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="685"/>
        <source>This file was not opened</source>
        <translation>Diese Datei wurde nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="703"/>
        <source>The file could not be read: {error}</source>
        <translation>Die Datei ließ sich nicht lesen: {error}</translation>
    </message>
</context>
<context>
    <name>PartnerFiles</name>
    <message>
        <location filename="../../attune_journal/exchange/partner.py" line="102"/>
        <source>This is not a partner file from Attune Journal, so there is nothing here to open.</source>
        <translation>Das ist keine Partnerdatei von Attune Journal, hier gibt es also nichts zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/partner.py" line="112"/>
        <source>This partner file was made by a newer version of Attune Journal; please update the app to open it.</source>
        <translation>Diese Partnerdatei stammt von einer neueren Version von Attune Journal; bitte aktualisier die App, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/partner.py" line="123"/>
        <source>This file was sealed for someone else&apos;s journal, not this one, so it cannot be opened here.</source>
        <translation>Diese Datei wurde für ein anderes Journal versiegelt, nicht für dieses, darum lässt sie sich hier nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/partner.py" line="134"/>
        <source>This file comes from a journal you have not added as a partner; add their code first, and check the six words together.</source>
        <translation>Diese Datei kommt aus einem Journal, das du nicht als Partner:in hinzugefügt hast; füg zuerst den Code hinzu und prüft gemeinsam die sechs Wörter.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/partner.py" line="145"/>
        <source>This file was changed or damaged after it was sealed, so it cannot be trusted; please ask your partner to share it again.</source>
        <translation>Diese Datei wurde nach dem Versiegeln verändert oder beschädigt, darum ist ihr nicht zu trauen; bitte deine Partner:in, sie noch einmal zu teilen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/partner.py" line="197"/>
        <source>That is not a partner code: a code starts with &apos;{CODE_PREFIX}&apos;. Ask your partner to copy theirs from &apos;attune-journal partner key&apos; or from Settings.</source>
        <translation>Das ist kein Partnercode: Ein Code beginnt mit „{CODE_PREFIX}“. Bitte deine Partner:in, ihren aus „attune-journal partner key“ oder aus den Einstellungen zu kopieren.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/partner.py" line="213"/>
        <source>That code has a typo somewhere: please check it letter by letter with your partner, or copy and paste it.</source>
        <translation>In diesem Code steckt irgendwo ein Tippfehler: Prüf ihn bitte Zeichen für Zeichen mit deiner Partner:in, oder kopier ihn und füg ihn ein.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/partner.py" line="279"/>
        <source>Please give your partner a name, so you can tell whose week is whose.</source>
        <translation>Bitte gib deiner Partner:in einen Namen, damit du die Wochen auseinanderhalten kannst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/exchange/partner.py" line="286"/>
        <source>Please keep your partner&apos;s name under %n characters.</source>
        <translation>
            <numerusform>Bitte halte den Namen deiner Partner:in unter %n Zeichen.</numerusform>
            <numerusform>Bitte halte den Namen deiner Partner:in unter %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/partner.py" line="302"/>
        <source>That is this journal&apos;s own code; add the code from your partner&apos;s journal.</source>
        <translation>Das ist der eigene Code dieses Journals; füg den Code aus dem Journal deiner Partner:in hinzu.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/partner.py" line="311"/>
        <source>You have already added this code, as {name}.</source>
        <translation>Diesen Code hast du schon hinzugefügt, als {name}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/partner.py" line="317"/>
        <source>You already have a partner called {name}; choose another name.</source>
        <translation>Du hast schon eine Partner:in namens {name}; wähl einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/partner.py" line="341"/>
        <source>There is no partner called {name!r} in this journal.</source>
        <translation>In diesem Journal gibt es keine Partner:in namens {name!r}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/partner.py" line="350"/>
        <source>That partner is no longer in this journal.</source>
        <translation>Diese Partner:in ist nicht mehr in diesem Journal.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/partner.py" line="413"/>
        <source>You have already received this file from {name}; it was not read again.</source>
        <translation>Diese Datei hast du schon von {name} bekommen; sie wurde nicht noch einmal gelesen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/partner.py" line="421"/>
        <source>This is an older copy of {name}&apos;s week {week} than the one you already have, so it was not read again.</source>
        <translation>Das ist eine ältere Fassung der Woche {week} von {name} als die, die du schon hast, darum wurde sie nicht noch einmal gelesen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/partner.py" line="489"/>
        <source>A received week ({week}) is stored in a shape this app cannot read; &apos;attune-journal check&apos; may say more.</source>
        <translation>Eine erhaltene Woche ({week}) ist in einer Form gespeichert, die diese App nicht lesen kann; „attune-journal check“ sagt vielleicht mehr.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/partner.py" line="546"/>
        <location filename="../../attune_journal/exchange/partner.py" line="563"/>
        <source>the partner week is not in a shape this app can read</source>
        <translation>die Partnerwoche ist nicht in einer Form, die diese App lesen kann</translation>
    </message>
    <message>
        <location filename="../../attune_journal/exchange/partner.py" line="569"/>
        <source>the partner&apos;s code: {error}</source>
        <translation>der Code der Partner:in: {error}</translation>
    </message>
</context>
<context>
    <name>PartnerSection</name>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="55"/>
        <source>Stop sharing with {name}</source>
        <translation>Teilen mit {name} beenden</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="58"/>
        <source>Stop sharing with {name}? Their code is removed, so you can no longer open their files and they cannot open new ones from you. You can add them again later. Would you also like to forget the weeks they shared with you?</source>
        <translation>Teilen mit {name} beenden? Der Code von {name} wird entfernt: Du kannst dann keine Dateien mehr von {name} öffnen, und {name} kann keine neuen von dir öffnen. Du kannst {name} später wieder hinzufügen. Möchtest du auch die Wochen vergessen, die {name} mit dir geteilt hat?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="66"/>
        <source>Stop and forget their weeks</source>
        <translation>Beenden und Wochen vergessen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="70"/>
        <source>Stop, keep their weeks</source>
        <translation>Beenden, Wochen behalten</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="87"/>
        <source>Make a new code</source>
        <translation>Neuen Code erzeugen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="88"/>
        <source>Make a new code for this journal? Files made with the old code can no longer be opened by your partners, and they will need to add your new code.</source>
        <translation>Einen neuen Code für dieses Tagebuch erzeugen? Wer mit dir teilt, kann Dateien mit dem alten Code dann nicht mehr öffnen und muss deinen neuen Code hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="103"/>
        <source>Share with a partner (optional)</source>
        <translation>Mit Partner:in teilen (optional)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="109"/>
        <source>If you both use Attune Journal, you can share a week&apos;s relationship check-in as a file that only your partner&apos;s journal can open. You choose each time what goes in it. Nothing goes online.</source>
        <translation>Wenn ihr beide Attune Journal nutzt, kannst du den Beziehungs-Check-in einer Woche als Datei teilen, die nur das Tagebuch deines Gegenübers öffnen kann. Du entscheidest jedes Mal, was hineinkommt. Nichts geht ins Internet.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="119"/>
        <source>Sharing is up to you, and either of you can stop at any time. If a partner pressures you to share, or to let them read your journal, that is not okay and it is not your fault. Press F1 or choose “Need support now?” for people who can help.</source>
        <translation>Ob du teilst, entscheidest du, und jede und jeder von euch kann jederzeit aufhören. Wenn jemand dich drängt, etwas zu teilen oder dein Tagebuch lesen zu lassen, ist das nicht in Ordnung, und es ist nicht deine Schuld. Drück F1 oder wähl „Brauchst du Hilfe?“, um Menschen zu finden, die helfen können.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="127"/>
        <source>About sharing safely</source>
        <translation>Sicher teilen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="135"/>
        <location filename="../../attune_journal/ui/settings/partner.py" line="143"/>
        <source>This journal&apos;s code</source>
        <translation>Code dieses Tagebuchs</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="136"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="137"/>
        <location filename="../../attune_journal/ui/settings/partner.py" line="138"/>
        <source>Copy this journal&apos;s code</source>
        <translation>Code dieses Tagebuchs kopieren</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="153"/>
        <source>This journal&apos;s six words</source>
        <translation>Die sechs Wörter dieses Tagebuchs</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="156"/>
        <source>Read these aloud together; they should match on both computers. If they do not, do not add the code.</source>
        <translation>Lest sie euch gemeinsam laut vor; auf beiden Computern sollten sie gleich sein. Wenn nicht, füg den Code nicht hinzu.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="166"/>
        <source>Six words</source>
        <translation>Sechs Wörter</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="170"/>
        <source>Add your partner</source>
        <translation>Partner:in hinzufügen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="176"/>
        <source>Paste the code from their journal</source>
        <translation>Code aus dem anderen Tagebuch einfügen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="177"/>
        <source>Your partner&apos;s code</source>
        <translation>Code deines Gegenübers</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="179"/>
        <source>Their co&amp;de</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="185"/>
        <source>The six words of their code</source>
        <translation>Die sechs Wörter dieses Codes</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="190"/>
        <source>How you call them</source>
        <translation>Wie du sie oder ihn nennst</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="191"/>
        <source>Your partner&apos;s name</source>
        <translation>Name deines Gegenübers</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="193"/>
        <source>Their &amp;name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="195"/>
        <source>Add partner</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="204"/>
        <source>Sharing with</source>
        <translation>Du teilst mit</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="208"/>
        <source>Partners you share with</source>
        <translation>Menschen, mit denen du teilst</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="212"/>
        <source>No partner added yet.</source>
        <translation>Noch niemand hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="215"/>
        <source>&amp;Stop sharing…</source>
        <translation>Teilen &amp;beenden…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="216"/>
        <source>Stop sharing with the chosen partner</source>
        <translation>Teilen mit der gewählten Person beenden</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="218"/>
        <source>Make a new code…</source>
        <translation>Neuen Code erzeugen…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="220"/>
        <source>Replace this journal&apos;s code; partners will need the new one</source>
        <translation>Den Code dieses Tagebuchs ersetzen; wer mit dir teilt, braucht dann den neuen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="280"/>
        <source>{name} · added {when} · {words}</source>
        <translation>{name} · hinzugefügt {when} · {words}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="296"/>
        <source>This does not look like a whole code yet.</source>
        <translation>Das sieht noch nicht nach einem vollständigen Code aus.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="299"/>
        <source>Their six words: {words}. Check them with your partner.</source>
        <translation>Die sechs Wörter: {words}. Vergleicht sie miteinander.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="308"/>
        <source>Copied this journal&apos;s code.</source>
        <translation>Code dieses Tagebuchs kopiert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="314"/>
        <source>Please paste your partner&apos;s code first.</source>
        <translation>Bitte füg zuerst den Code deines Gegenübers ein.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="318"/>
        <source>Please write a name for your partner.</source>
        <translation>Bitte gib einen Namen für dein Gegenüber ein.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="330"/>
        <source>Added {name}. You can now share a week from the Relationship screen.</source>
        <translation>{name} hinzugefügt. Du kannst jetzt im Bereich Beziehung eine Woche teilen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="356"/>
        <source>Stopped sharing with {name} and forgot their weeks.</source>
        <translation>Teilen mit {name} beendet, die geteilten Wochen sind vergessen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="361"/>
        <source>Stopped sharing with {name}.</source>
        <translation>Teilen mit {name} beendet.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/partner.py" line="373"/>
        <source>Made a new code. Give it to your partner and read the six words together.</source>
        <translation>Neuer Code erzeugt. Gib ihn deinem Gegenüber und lest die sechs Wörter gemeinsam.</translation>
    </message>
</context>
<context>
    <name>PartnerWeek</name>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="39"/>
        <source>what happened</source>
        <translation>was passiert ist</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="40"/>
        <source>my part</source>
        <translation>mein Anteil</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="41"/>
        <source>the repair tried or wanted</source>
        <translation>die versuchte oder gewünschte Reparatur</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="42"/>
        <source>how it went</source>
        <translation>wie es gelaufen ist</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="51"/>
        <source>a moment it felt easy, or hard, to say what was on your mind</source>
        <translation>wann es leicht oder schwer war, zu sagen, was euch beschäftigt hat</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="54"/>
        <source>a moment each of you felt noticed and valued</source>
        <translation>wann ihr euch jeweils gesehen und geschätzt gefühlt habt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="57"/>
        <source>a time you felt connected beyond the day&apos;s logistics</source>
        <translation>wann ihr euch über das Organisatorische hinaus verbunden gefühlt habt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="60"/>
        <source>what showing up for each other looked like when things got hard</source>
        <translation>wie ihr füreinander da wart, als es schwer wurde</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="63"/>
        <source>a moment that felt light, and what you would like more of</source>
        <translation>wann es sich leicht angefühlt hat und wovon ihr gern mehr hättet</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="66"/>
        <source>a shared hope, and one small step toward it</source>
        <translation>welche Hoffnung ihr teilt und welcher kleine Schritt darauf zuführt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="135"/>
        <source>(left empty)</source>
        <translation>(leer gelassen)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="141"/>
        <source>Week {week}</source>
        <translation>Woche {week}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="148"/>
        <source>{pillar}: “{statement}” {answer} of {most}</source>
        <translation>{pillar}: „{statement}“ {answer} von {most}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="157"/>
        <source>{statement}: {answer} of {most}</source>
        <translation>{statement}: {answer} von {most}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="162"/>
        <source>No statements answered.</source>
        <translation>Keine Aussage beantwortet.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="164"/>
        <source>What I would like more of: {text}</source>
        <translation>Wovon ich mir mehr wünsche: {text}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="169"/>
        <source>What I appreciated: {text}</source>
        <translation>Was ich geschätzt habe: {text}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="181"/>
        <source>ATTUNE, {step}: {text}</source>
        <translation>ATTUNE, {step}: {text}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="186"/>
        <source>The ATTUNE reflection is not shared.</source>
        <translation>Die ATTUNE-Reflexion wird nicht geteilt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="191"/>
        <source>Repair from {when} (resolved):</source>
        <translation>Reparatur vom {when} (geklärt):</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="193"/>
        <source>Repair from {when} (still open):</source>
        <translation>Reparatur vom {when} (noch offen):</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="199"/>
        <source>No repair entries are shared.</source>
        <translation>Es werden keine Reparatur-Einträge geteilt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="201"/>
        <source>The file also holds your name for your partner, the time it is made and a random file number; nothing else from your journal.</source>
        <translation>Die Datei enthält außerdem den Namen, den du deinem Gegenüber gegeben hast, den Zeitpunkt ihrer Erstellung und eine zufällige Dateinummer – sonst nichts aus deinem Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="238"/>
        <source>The shared week&apos;s {what} is not text this app can read.</source>
        <translation>{what} der geteilten Woche ist kein Text, den diese App lesen kann.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="249"/>
        <source>The shared week is not in a shape this app can read.</source>
        <translation>Die geteilte Woche hat eine Form, die diese App nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="256"/>
        <source>The shared week&apos;s answers are not in a shape this app can read.</source>
        <translation>Die Antworten der geteilten Woche haben eine Form, die diese App nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="269"/>
        <source>The shared week holds an answer that is not from 1 to 5.</source>
        <translation>Die geteilte Woche enthält eine Antwort, die nicht zwischen 1 und 5 liegt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="275"/>
        <source>The shared ATTUNE reflection is not in a shape this app can read.</source>
        <translation>Die geteilte ATTUNE-Reflexion hat eine Form, die diese App nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="283"/>
        <source>The shared repairs are not in a shape this app can read.</source>
        <translation>Die geteilten Reparaturen haben eine Form, die diese App nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="289"/>
        <source>A shared repair is not in a shape this app can read.</source>
        <translation>Eine geteilte Reparatur hat eine Form, die diese App nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="351"/>
        <source>When you have both answered the same week, this shows where your answers are close and where they differ, as places to start talking.</source>
        <translation>Wenn ihr beide dieselbe Woche beantwortet habt, zeigt das hier, wo eure Antworten nah beieinanderliegen und wo nicht – als Anfang für ein Gespräch.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="369"/>
        <source>{pillar} is where your answers differ most this week ({mine} and {theirs}). You might each share {topic}, and listen before answering.</source>
        <translation>Bei {pillar} liegen eure Antworten diese Woche am weitesten auseinander ({mine} und {theirs}). Vielleicht erzählt ihr einander, {topic}, und hört zu, bevor ihr antwortet.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="385"/>
        <source>You both answered {pillar} warmly ({mine} and {theirs}). You might start there, with {topic}.</source>
        <translation>Bei {pillar} habt ihr beide viel Gutes gesehen ({mine} und {theirs}). Dort könntet ihr anfangen: Erzählt einander, {topic}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="399"/>
        <source>Your answers are close on every pillar this week. You might each pick one pillar you would like to hear more about from the other.</source>
        <translation>Diese Woche liegen eure Antworten bei jeder Säule nah beieinander. Vielleicht sucht sich jede und jeder eine Säule aus, zu der ihr vom anderen mehr hören möchtet.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/partner.py" line="412"/>
        <source>what {pillar} was like for you</source>
        <translation>wie es euch mit „{pillar}“ ging</translation>
    </message>
</context>
<context>
    <name>PillarCard</name>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="291"/>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="292"/>
        <source>{pillar}, no answer yet</source>
        <translation>{pillar}, noch keine Antwort</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="294"/>
        <source>average {score}</source>
        <translation>Durchschnitt {score}</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="92"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="123"/>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="128"/>
        <source>Encryption status</source>
        <translation>Verschlüsselungsstatus</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="129"/>
        <source>Turn on encryption…</source>
        <translation>Verschlüsselung einschalten…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="130"/>
        <source>Change passphrase…</source>
        <translation>Passphrase ändern…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="131"/>
        <source>Turn off encryption…</source>
        <translation>Verschlüsselung ausschalten…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="141"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="142"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="144"/>
        <source>Lock after minutes without use</source>
        <translation>Nach so vielen Minuten ohne Nutzung sperren</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="147"/>
        <source>&amp;Lock after</source>
        <translation>Sp&amp;erren nach</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="155"/>
        <source>Encryption protects the journal file and its backups on this disk. Exports are plain text: keep them somewhere private.</source>
        <translation>Die Verschlüsselung schützt die Tagebuchdatei und ihre Sicherungen auf diesem Datenträger. Exporte sind einfacher Text: Bewahre sie an einem privaten Ort auf.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="168"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="172"/>
        <source>Taken every day you use the app, and before imports, updates and encryption changes. A restore first backs up the journal as it is now.</source>
        <translation>Angelegt an jedem Tag, an dem du die App nutzt, und vor Importen, Updates und Änderungen der Verschlüsselung. Vor einer Wiederherstellung wird erst das Tagebuch gesichert, wie es gerade ist.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="179"/>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="182"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="183"/>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="188"/>
        <source>Privacy and backups status</source>
        <translation>Status von Privatsphäre und Sicherungen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="204"/>
        <source>Your journal is encrypted with your passphrase.</source>
        <translation>Dein Tagebuch ist mit deiner Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="207"/>
        <source>Your journal is not encrypted. Anyone who can read your files can read it.</source>
        <translation>Dein Tagebuch ist nicht verschlüsselt. Wer deine Dateien lesen kann, kann es lesen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="222"/>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="243"/>
        <source>The setting could not be saved: {error}</source>
        <translation>Die Einstellung ließ sich nicht speichern: {error}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="253"/>
        <source>{work} did not happen: {error}</source>
        <translation>{work} hat nicht geklappt: {error}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="264"/>
        <source>Encryption</source>
        <translation>Die Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="269"/>
        <source>Your journal and its backups are encrypted now. You&apos;ll need the passphrase each time the app opens.</source>
        <translation>Dein Tagebuch und seine Sicherungen sind jetzt verschlüsselt. Du brauchst die Passphrase bei jedem Öffnen der App.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="275"/>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="298"/>
        <source>Your current passphrase:</source>
        <translation>Deine jetzige Passphrase:</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="282"/>
        <source>Changing the passphrase</source>
        <translation>Das Ändern der Passphrase</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="286"/>
        <source>The passphrase was changed, for the journal and its backups.</source>
        <translation>Die Passphrase ist geändert, für das Tagebuch und seine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="291"/>
        <source>Turn off encryption?</source>
        <translation>Verschlüsselung ausschalten?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="293"/>
        <source>The journal and its backups will be stored as plain files that anyone with access to your files can read. Turn encryption off?</source>
        <translation>Das Tagebuch und seine Sicherungen liegen dann als einfache Dateien vor, die jeder mit Zugriff auf deine Dateien lesen kann. Verschlüsselung ausschalten?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="302"/>
        <source>Turning encryption off</source>
        <translation>Das Ausschalten der Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="306"/>
        <source>Encryption is off.</source>
        <translation>Die Verschlüsselung ist aus.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="309"/>
        <source>The backup</source>
        <translation>Die Sicherung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="311"/>
        <source>Backed up. The newest backup is at the top of the list.</source>
        <translation>Gesichert. Die neueste Sicherung steht oben in der Liste.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="321"/>
        <source>The journal will be replaced by the backup from {when}. The journal as it is now is backed up first, so you can come back to it.</source>
        <translation>Das Tagebuch wird durch die Sicherung vom {when} ersetzt. Vorher wird es gesichert, wie es jetzt ist, damit du dorthin zurückkehren kannst.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="326"/>
        <source>This backup is not encrypted, so the restored journal will not be either: turn encryption on again afterwards.</source>
        <translation>Diese Sicherung ist nicht verschlüsselt, also wird es das wiederhergestellte Tagebuch auch nicht sein: Schalte die Verschlüsselung danach wieder ein.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="329"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="334"/>
        <source>The passphrase the journal had when this backup was made:</source>
        <translation>Die Passphrase, die das Tagebuch hatte, als diese Sicherung entstand:</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="343"/>
        <source>The restore</source>
        <translation>Die Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/privacy_settings.py" line="348"/>
        <source>Restored. The journal now holds what it held on {when}.</source>
        <translation>Wiederhergestellt. Das Tagebuch enthält jetzt, was es am {when} enthielt.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../attune_journal/core/prompts.py" line="191"/>
        <source>The prompt pool is empty.</source>
        <translation>Es gibt keine Impulse zur Auswahl.</translation>
    </message>
</context>
<context>
    <name>PromptsSection</name>
    <message>
        <location filename="../../attune_journal/ui/settings/prompts.py" line="19"/>
        <source>Prompts</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/prompts.py" line="23"/>
        <source>Themes the prompt of the day is drawn from:</source>
        <translation>Themen, aus denen der Impuls des Tages kommt:</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/prompts.py" line="36"/>
        <source>Your own prompts (always in the rotation):</source>
        <translation>Deine eigenen Impulse (immer mit dabei):</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/prompts.py" line="40"/>
        <source>Please write the prompt first.</source>
        <translation>Schreib bitte zuerst den Impuls.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/prompts.py" line="41"/>
        <source>Your own prompts</source>
        <translation>Deine eigenen Impulse</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/prompts.py" line="42"/>
        <source>Write a prompt, then Add</source>
        <translation>Einen Impuls schreiben, dann Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/prompts.py" line="51"/>
        <source>prompt themes (with every theme off, all prompts are used)</source>
        <translation>Themen der Impulse (sind alle aus, kommen alle Impulse vor)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/prompts.py" line="53"/>
        <source>prompt themes</source>
        <translation>Themen der Impulse</translation>
    </message>
</context>
<context>
    <name>QuickNoteDialog</name>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="49"/>
        <source>I just waited (no strategy)</source>
        <translation>Ich habe nur gewartet (keine Strategie)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="50"/>
        <source>Nothing to do: notice how activated you are, let a few minutes pass, then note how it is now. Your strategies are set against these waits.</source>
        <translation>Nichts zu tun: Spür, wie aktiviert du bist, lass ein paar Minuten vergehen und notier dann, wie es jetzt ist. Deine Strategien werden mit diesem Warten verglichen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="96"/>
        <source>Pick one or type your own (optional)</source>
        <translation>Eine auswählen oder eigene eintippen (optional)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="98"/>
        <source>Strategy tried</source>
        <translation>Versuchte Strategie</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="119"/>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="166"/>
        <source>Quick regulation note</source>
        <translation>Kurze Regulationsnotiz</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="171"/>
        <source>How activated are you, what did you try, and how is it a few minutes later? Any part is enough.</source>
        <translation>Wie aktiviert bist du, was hast du versucht, und wie ist es ein paar Minuten später? Jeder Teil davon genügt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="180"/>
        <source>Activation before</source>
        <translation>Aktivierung vorher</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="185"/>
        <source>Activation after</source>
        <translation>Aktivierung nachher</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="187"/>
        <source>A word or two, e.g. tense, restless (optional)</source>
        <translation>Ein, zwei Wörter, z. B. angespannt, unruhig (optional)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="188"/>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="191"/>
        <source>A line about it (optional)</source>
        <translation>Eine Zeile dazu (optional)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="192"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="195"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="199"/>
        <source>Activation &amp;before</source>
        <translation>Aktivierung &amp;vorher</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="200"/>
        <source>&amp;Feeling</source>
        <translation>&amp;Gefühl</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="201"/>
        <source>&amp;Strategy</source>
        <translation>&amp;Strategie</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="203"/>
        <source>Activation &amp;after</source>
        <translation>Aktivierung &amp;nachher</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="204"/>
        <source>&amp;Note</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="294"/>
        <source>Which strategy was the &apos;after&apos; for? Add one above.</source>
        <translation>Zu welcher Strategie gehört das „nachher“? Trag oben eine ein.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/quick_note.py" line="299"/>
        <source>To note a wait, add how activated you were before and after.</source>
        <translation>Um ein Abwarten zu notieren, gib an, wie aktiviert du vorher und nachher warst.</translation>
    </message>
</context>
<context>
    <name>ReflectPage</name>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="446"/>
        <source>What would you like to write?</source>
        <translation>Was möchtest du aufschreiben?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="447"/>
        <source>Answer the prompt, or write about anything else. Markdown works here.</source>
        <translation>Antworte auf den Impuls oder schreib über etwas ganz anderes. Markdown funktioniert hier.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="455"/>
        <source>Prompt</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="457"/>
        <source>Reflection</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="458"/>
        <source>A few words are enough…</source>
        <translation>Ein paar Worte genügen…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="465"/>
        <source>Tags, separated by spaces (optional)</source>
        <translation>Stichwörter, durch Leerzeichen getrennt (optional)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="466"/>
        <source>Tags</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="468"/>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="469"/>
        <source>Star this check-in</source>
        <translation>Diesen Check-in mit Stern markieren</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="481"/>
        <source>Reflect</source>
        <translation>Schreiben</translation>
    </message>
</context>
<context>
    <name>RegulationPage</name>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="347"/>
        <source>How activated are you right now?</source>
        <translation>Wie aktiviert bist du gerade?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="353"/>
        <source>Activation now</source>
        <translation>Aktivierung jetzt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="357"/>
        <source>Did you try something to settle? (optional)</source>
        <translation>Hast du etwas versucht, um ins Gleichgewicht zu kommen? (optional)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="363"/>
        <source>Activation before the strategy</source>
        <translation>Aktivierung vor der Strategie</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="366"/>
        <source>Activation after the strategy</source>
        <translation>Aktivierung nach der Strategie</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="369"/>
        <source>A line about it (optional)</source>
        <translation>Eine Zeile dazu (optional)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="370"/>
        <source>Regulation note</source>
        <translation>Regulationsnotiz</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="372"/>
        <source>&amp;Strategy</source>
        <translation>&amp;Strategie</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="375"/>
        <source>&amp;Before</source>
        <translation>&amp;Vorher</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="376"/>
        <source>&amp;After</source>
        <translation>&amp;Nachher</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="377"/>
        <source>&amp;Note</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="384"/>
        <source>Regulation</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="410"/>
        <source>0 is flat or shut down, 10 is overwhelmed. Your window, where you feel most like yourself, is {low} to {high}. Use the arrow keys or a number.</source>
        <translation>0 heißt matt oder wie abgeschaltet, 10 heißt überwältigt. Dein Fenster, in dem du dich am meisten wie du selbst fühlst, reicht von {low} bis {high}. Nutz die Pfeiltasten oder eine Zahl.</translation>
    </message>
</context>
<context>
    <name>RelationshipScreen</name>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="320"/>
        <source>Relationship check-in</source>
        <translation>Beziehungs-Check-in</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="326"/>
        <location filename="../../attune_journal/ui/relationship.py" line="568"/>
        <source>◀ Previous week</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="327"/>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="328"/>
        <source>Previous week (Alt+Left)</source>
        <translation>Vorige Woche (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="330"/>
        <location filename="../../attune_journal/ui/relationship.py" line="569"/>
        <source>Next week ▶</source>
        <translation>Nächste ▶</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="331"/>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="332"/>
        <source>Next week (Alt+Right)</source>
        <translation>Nächste Woche (Alt+→)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="334"/>
        <location filename="../../attune_journal/ui/relationship.py" line="579"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="337"/>
        <location filename="../../attune_journal/ui/relationship.py" line="579"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="361"/>
        <source>How was this week between you? Answer from 1 ({low}) to 5 ({high}); skip anything you like. Each pillar shows the average of your answers, something to notice over time, not a grade.</source>
        <translation>Wie war diese Woche zwischen euch? Antworte von 1 („{low}“) bis 5 („{high}“); überspring, was du möchtest. Jede Säule zeigt den Durchschnitt deiner Antworten – etwas, das du über die Zeit beobachten kannst, keine Note.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="377"/>
        <source>Compared with last time</source>
        <translation>Im Vergleich zum letzten Mal</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="415"/>
        <source>ATTUNE reflection (optional)</source>
        <translation>ATTUNE-Reflexion (optional)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="421"/>
        <location filename="../../attune_journal/ui/relationship.py" line="539"/>
        <source>Show the ATTUNE reflection</source>
        <translation>ATTUNE-Reflexion zeigen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="428"/>
        <source>Six questions after the Gottman Institute&apos;s ATTUNE. Answer one, all or none; a sentence is plenty.</source>
        <translation>Sechs Fragen nach ATTUNE vom Gottman Institute. Beantworte eine, alle oder keine; ein Satz reicht völlig.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="459"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="460"/>
        <source>Save check-in</source>
        <translation>Check-in speichern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="462"/>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>Speichern (Strg+S oder Strg+Enter)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="465"/>
        <source>Share with my partner…</source>
        <translation>Mit meinem Gegenüber teilen…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="467"/>
        <source>Side by side…</source>
        <translation>Nebeneinander…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="537"/>
        <source>Hide the ATTUNE reflection</source>
        <translation>ATTUNE-Reflexion ausblenden</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="558"/>
        <source>Week {number} · {span}</source>
        <translation>Woche {number} · {span}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="577"/>
        <source> (this week)</source>
        <translation> (diese Woche)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="630"/>
        <source>Saved {day} · you can still change it</source>
        <translation>Gespeichert am {day} · du kannst es noch ändern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="635"/>
        <source>Not filled in yet.</source>
        <translation>Noch nicht ausgefüllt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="696"/>
        <source>This is your first check-in, so there is nothing to compare with yet.</source>
        <translation>Das ist dein erster Check-in, es gibt also noch nichts zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="699"/>
        <source>Since last week</source>
        <translation>Seit letzter Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="702"/>
        <source>Since your check-in in week {number}</source>
        <translation>Seit deinem Check-in in Woche {number}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="704"/>
        <source>When you answer, you&apos;ll see how this week compares.</source>
        <translation>Sobald du antwortest, siehst du, wie diese Woche im Vergleich aussieht.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="707"/>
        <source>No pillar has an answer in both weeks yet.</source>
        <translation>Noch hat keine Säule in beiden Wochen eine Antwort.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="713"/>
        <source>{pillar}: {score}, up from {previous}</source>
        <translation>{pillar}: {score}, gestiegen von {previous}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="715"/>
        <source>{pillar}: {score}, down from {previous}</source>
        <translation>{pillar}: {score}, gesunken von {previous}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="717"/>
        <source>{pillar}: {score}, the same as before</source>
        <translation>{pillar}: {score}, wie zuvor</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="727"/>
        <source>Nothing to save yet: answer a statement or write a line.</source>
        <translation>Noch nichts zu speichern: Beantworte eine Aussage oder schreib eine Zeile.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="740"/>
        <source>Saved at {time}.</source>
        <translation>Gespeichert um {time}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="774"/>
        <source>Add your partner first: Settings, Share with a partner.</source>
        <translation>Füg zuerst dein Gegenüber hinzu: Einstellungen, Mit Partner:in teilen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="776"/>
        <source>Save this week&apos;s check-in first; then you can share it.</source>
        <translation>Speicher zuerst den Check-in dieser Woche, dann kannst du ihn teilen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="778"/>
        <source>Choose what to share and see exactly what your partner will see.</source>
        <translation>Wähl aus, was du teilst, und sieh genau, was dein Gegenüber sehen wird.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="785"/>
        <source>Your week and {name}&apos;s, side by side</source>
        <translation>Deine Woche und die von {name}, nebeneinander</translation>
    </message>
</context>
<context>
    <name>RelationshipSection</name>
    <message>
        <location filename="../../attune_journal/ui/settings/relationship.py" line="14"/>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/relationship.py" line="19"/>
        <source>Use the weekly relationship check-in and the repair log</source>
        <translation>Wöchentlichen Beziehungs-Check-in und Reparaturen nutzen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/relationship.py" line="27"/>
        <source>relationship module on</source>
        <translation>Beziehungsbereich an</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/relationship.py" line="27"/>
        <source>relationship module off</source>
        <translation>Beziehungsbereich aus</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../../attune_journal/ui/reminders.py" line="81"/>
        <source>New check-in</source>
        <translation>Neuer Check-in</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/reminders.py" line="82"/>
        <source>Quick regulation note…</source>
        <translation>Kurze Regulationsnotiz…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/reminders.py" line="83"/>
        <source>Open Attune Journal</source>
        <translation>Attune Journal öffnen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/reminders.py" line="91"/>
        <source>Need support now?</source>
        <translation>Brauchst du Hilfe?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/reminders.py" line="93"/>
        <source>People and helplines you can reach (F1)</source>
        <translation>Menschen und Hilfetelefone, die du erreichen kannst (F1)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/reminders.py" line="99"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/reminders.py" line="178"/>
        <source>Attune Journal</source>
        <translation>Attune Journal</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/reminders.py" line="184"/>
        <source>Start a check-in</source>
        <translation>Check-in beginnen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/reminders.py" line="185"/>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../attune_journal/core/reminders.py" line="22"/>
        <source>A few quiet minutes for yourself, whenever suits you.</source>
        <translation>Ein paar ruhige Minuten für dich, wann immer es dir passt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/reminders.py" line="23"/>
        <source>How is your body today? A check-in is here if you&apos;d like one.</source>
        <translation>Wie geht es deinem Körper heute? Ein Check-in ist da, wenn du magst.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/reminders.py" line="24"/>
        <source>If there&apos;s a moment free, you might notice how you&apos;re doing.</source>
        <translation>Wenn du einen Moment frei hast, kannst du nachspüren, wie es dir geht.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/reminders.py" line="25"/>
        <source>A small pause is waiting for you, no rush.</source>
        <translation>Eine kleine Pause wartet auf dich, ganz ohne Eile.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/reminders.py" line="34"/>
        <source>&apos;{text}&apos; is not a time like 20:00.</source>
        <translation>„{text}“ ist keine Uhrzeit wie 20:00.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/notifications.py" line="49"/>
        <source>There is no desktop session to show the reminder in (no session D-Bus).</source>
        <translation>Es gibt keine Desktop-Sitzung, in der die Erinnerung erscheinen kann (kein Sitzungs-D-Bus).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/notifications.py" line="70"/>
        <source>Could not reach the desktop&apos;s session bus ({error}).</source>
        <translation>Der Sitzungsbus des Desktops war nicht erreichbar ({error}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/notifications.py" line="100"/>
        <source>The desktop&apos;s notification service did not answer.</source>
        <translation>Der Benachrichtigungsdienst des Desktops hat nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/notifications.py" line="104"/>
        <source>The connection to the desktop&apos;s session bus broke ({error}).</source>
        <translation>Die Verbindung zum Sitzungsbus des Desktops ist abgebrochen ({error}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/notifications.py" line="112"/>
        <source>This desktop has no notification service running, so the reminder could not be shown.</source>
        <translation>Auf diesem Desktop läuft kein Benachrichtigungsdienst, deshalb konnte die Erinnerung nicht erscheinen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/notifications.py" line="119"/>
        <source>The desktop&apos;s notification service refused the reminder ({name}).</source>
        <translation>Der Benachrichtigungsdienst des Desktops hat die Erinnerung abgelehnt ({name}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/remind.py" line="102"/>
        <source>The settings could not be read ({error}); no reminder until Attune Journal has opened them again.</source>
        <translation>Die Einstellungen ließen sich nicht lesen ({error}); keine Erinnerung, bis Attune Journal sie wieder geöffnet hat.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/remind.py" line="110"/>
        <source>The settings file holds something else than settings; no reminder until Attune Journal has opened it again.</source>
        <translation>Die Einstellungsdatei enthält etwas anderes als Einstellungen; keine Erinnerung, bis Attune Journal sie wieder geöffnet hat.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/remind.py" line="185"/>
        <source>The reminder came, but could not be noted ({error}); it may come again.</source>
        <translation>Die Erinnerung kam, ließ sich aber nicht vermerken ({error}); vielleicht kommt sie noch einmal.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/remind.py" line="223"/>
        <source>The reminder is off; nothing to do.</source>
        <translation>Die Erinnerung ist aus; nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/remind.py" line="236"/>
        <source>Attune Journal is open; it reminds you itself.</source>
        <translation>Attune Journal ist offen und erinnert dich selbst.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/remind.py" line="242"/>
        <source>There is a check-in today; no reminder needed.</source>
        <translation>Heute gibt es schon einen Check-in; keine Erinnerung nötig.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/remind.py" line="248"/>
        <source>Open Attune Journal</source>
        <translation>Attune Journal öffnen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/remind.py" line="249"/>
        <source>Check in</source>
        <translation>Zum Check-in</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/remind.py" line="252"/>
        <source>Attune Journal</source>
        <translation>Attune Journal</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/remind.py" line="265"/>
        <source>Today&apos;s reminder was shown.</source>
        <translation>Die Erinnerung für heute wurde gezeigt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/remind.py" line="275"/>
        <source>Attune Journal could not be opened ({error}).</source>
        <translation>Attune Journal ließ sich nicht öffnen ({error}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/remind.py" line="298"/>
        <source>There is no journal at {folder}; nothing to remind about.</source>
        <translation>In {folder} gibt es kein Tagebuch; es gibt nichts, woran erinnert werden kann.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/remind.py" line="308"/>
        <source>Another reminder is already looking after this journal.</source>
        <translation>Eine andere Erinnerung kümmert sich schon um dieses Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/remind.py" line="318"/>
        <source>Something unexpected kept the reminder from looking ({error}).</source>
        <translation>Etwas Unerwartetes hat die Erinnerung am Nachsehen gehindert ({error}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/reminder_install.py" line="61"/>
        <source>This desktop has no way to start a program on a timer or when you log in (no systemd user session, no autostart), so reminders come only while Attune Journal is open.</source>
        <translation>Dieser Desktop kann kein Programm zeitgesteuert oder bei der Anmeldung starten (keine systemd-Benutzersitzung, kein Autostart). Erinnerungen kommen deshalb nur, solange Attune Journal offen ist.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/reminder_install.py" line="106"/>
        <source>Uses a timer in your account (systemd); nothing runs in between.</source>
        <translation>Nutzt einen Timer in deinem Benutzerkonto (systemd); dazwischen läuft nichts.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/reminder_install.py" line="110"/>
        <source>Starts a small reminder program when you log in, which waits for your time.</source>
        <translation>Startet bei der Anmeldung ein kleines Erinnerungsprogramm, das auf deine Uhrzeit wartet.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/reminder_install.py" line="176"/>
        <source>The journal&apos;s folder or the program&apos;s path has a line break or another control character in its name, which a timer or autostart entry cannot hold; nothing was installed.</source>
        <translation>Im Ordner des Tagebuchs oder im Pfad des Programms steht ein Zeilenumbruch oder ein anderes Steuerzeichen, das ein Timer- oder Autostart-Eintrag nicht aufnehmen kann; es wurde nichts eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/reminder_install.py" line="275"/>
        <source>systemctl was not found.</source>
        <translation>systemctl wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/reminder_install.py" line="287"/>
        <source>systemctl could not be run ({error}).</source>
        <translation>systemctl ließ sich nicht ausführen ({error}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/reminder_install.py" line="292"/>
        <source>systemctl --user {args} said: {said}</source>
        <translation>systemctl --user {args} meldete: {said}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/reminder_install.py" line="308"/>
        <source>{path} was left in place: it was changed since it was written.</source>
        <translation>{path} bleibt, wo es ist: Die Datei wurde seit dem Schreiben verändert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/reminder_install.py" line="319"/>
        <source>{path} could not be removed ({error}).</source>
        <translation>{path} ließ sich nicht entfernen ({error}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/desktop/reminder_install.py" line="359"/>
        <source>{path} could not be written ({error}).</source>
        <translation>{path} ließ sich nicht schreiben ({error}).</translation>
    </message>
</context>
<context>
    <name>RepairsScreen</name>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="77"/>
        <source>Repairs</source>
        <translation>Reparaturen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="84"/>
        <source>Falling out of step happens in every close relationship; coming back together is what counts. Note what happened and what could help mend it. Abuse is not a rupture to repair: if you are afraid of your partner, this log is not the right tool. Press F1 for people who can help.</source>
        <translation>Aus dem Takt zu geraten gehört zu jeder nahen Beziehung; was zählt, ist wieder zueinanderzufinden. Schreib auf, was passiert ist und was helfen könnte, es zu kitten. Gewalt ist kein Bruch, der repariert werden muss: Wenn du Angst vor dem Menschen an deiner Seite hast, ist dieses Tagebuch nicht das richtige Werkzeug. Drück F1, um Menschen zu finden, die helfen können.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="98"/>
        <source>All repairs, open first</source>
        <translation>Alle Reparaturen, offene zuerst</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="99"/>
        <source>Open repairs only</source>
        <translation>Nur offene Reparaturen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="100"/>
        <location filename="../../attune_journal/ui/repairs.py" line="122"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="103"/>
        <source>Repair entries</source>
        <translation>Reparatur-Einträge</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="115"/>
        <location filename="../../attune_journal/ui/repairs.py" line="376"/>
        <source>New repair</source>
        <translation>Neue Reparatur</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="116"/>
        <source>Start a new entry (Ctrl+Shift+R)</source>
        <translation>Einen neuen Eintrag beginnen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="138"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="140"/>
        <location filename="../../attune_journal/ui/repairs.py" line="164"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="142"/>
        <location filename="../../attune_journal/ui/repairs.py" line="165"/>
        <source>What I felt</source>
        <translation>Was ich gefühlt habe</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="148"/>
        <location filename="../../attune_journal/ui/repairs.py" line="166"/>
        <source>What I needed</source>
        <translation>Was ich gebraucht habe</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="151"/>
        <location filename="../../attune_journal/ui/repairs.py" line="167"/>
        <source>My part</source>
        <translation>Mein Anteil</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="152"/>
        <location filename="../../attune_journal/ui/repairs.py" line="168"/>
        <source>The repair I tried or want to try</source>
        <translation>Die Reparatur, die ich versucht habe oder versuchen möchte</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="153"/>
        <location filename="../../attune_journal/ui/repairs.py" line="169"/>
        <source>How it went</source>
        <translation>Wie es gelaufen ist</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="154"/>
        <source>Resolved: we&apos;ve come back together on this</source>
        <translation>Geklärt: Wir haben hier wieder zueinandergefunden</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="155"/>
        <location filename="../../attune_journal/ui/repairs.py" line="311"/>
        <source>Resolved</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="197"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="198"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="199"/>
        <source>Bring the entry back from the trash</source>
        <translation>Den Eintrag aus dem Papierkorb zurückholen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="202"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="203"/>
        <source>Move this entry to the trash (you can undo)</source>
        <translation>Diesen Eintrag in den Papierkorb legen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="205"/>
        <source>Save repair</source>
        <translation>Reparatur speichern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="207"/>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="301"/>
        <source>No open repairs right now.</source>
        <translation>Gerade keine offenen Reparaturen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="304"/>
        <source>No repairs noted yet. When a moment of disconnection stays with you, writing it down is a first step back.</source>
        <translation>Noch keine Reparaturen notiert. Wenn dich ein Moment der Entfremdung nicht loslässt, ist das Aufschreiben ein erster Schritt zurück.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="311"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="312"/>
        <source>(nothing written yet)</source>
        <translation>(noch nichts geschrieben)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="379"/>
        <location filename="../../attune_journal/ui/repairs.py" line="435"/>
        <source>Noted {day}</source>
        <translation>Notiert am {day}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="423"/>
        <source>Nothing to save yet: a line about what happened is enough.</source>
        <translation>Noch nichts zu speichern: Eine Zeile darüber, was passiert ist, genügt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="440"/>
        <source>Saved at {time}.</source>
        <translation>Gespeichert um {time}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="478"/>
        <source>Moved to the trash.</source>
        <translation>In den Papierkorb gelegt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/repairs.py" line="496"/>
        <source>Brought back.</source>
        <translation>Zurückgeholt.</translation>
    </message>
</context>
<context>
    <name>SafetyNote</name>
    <message>
        <location filename="../../attune_journal/ui/safety_note.py" line="172"/>
        <location filename="../../attune_journal/ui/safety_note.py" line="179"/>
        <source>About safety</source>
        <translation>Hinweise zur Sicherheit</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/safety_note.py" line="175"/>
        <source>If you are afraid of your partner, read this first</source>
        <translation>Wenn du Angst vor dem Menschen an deiner Seite hast, lies das zuerst</translation>
    </message>
</context>
<context>
    <name>SafetyNoteDialog</name>
    <message>
        <location filename="../../attune_journal/ui/safety_note.py" line="49"/>
        <source>About safety</source>
        <translation>Hinweise zur Sicherheit</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/safety_note.py" line="50"/>
        <source>About safety in relationship exercises</source>
        <translation>Zur Sicherheit bei Beziehungsübungen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/safety_note.py" line="52"/>
        <source>Before you begin</source>
        <translation>Bevor du beginnst</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/safety_note.py" line="60"/>
        <source>Safety note</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/safety_note.py" line="64"/>
        <source>If someone might read this journal, such as a partner who checks your things, what you write here could put you at risk. Write only what would be safe for them to see, turn on encryption with a passphrase only you know, and set the journal to lock when you step away (both in Settings, Privacy). Closing the app is the stronger lock. The people and helplines you add in Settings are kept in a settings file that is not encrypted. A domestic-abuse line can help you plan in a way that is safe for you.</source>
        <translation>Wenn jemand dieses Tagebuch lesen könnte, etwa ein Mensch an deiner Seite, der deine Sachen kontrolliert, kann das, was du hier schreibst, dich in Gefahr bringen. Schreib nur, was für diesen Menschen ungefährlich zu sehen wäre, schalte die Verschlüsselung mit einer Passphrase ein, die nur du kennst, und lass das Tagebuch sperren, wenn du weggehst (beides unter Einstellungen, Privatsphäre). Die App zu schließen sperrt noch sicherer. Die Menschen und Hilfetelefone, die du in den Einstellungen einträgst, stehen in einer Einstellungsdatei, die nicht verschlüsselt ist. Ein Hilfetelefon gegen häusliche Gewalt kann dir helfen, so zu planen, dass es für dich sicher ist.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/safety_note.py" line="75"/>
        <source>If someone might read your journal</source>
        <translation>Wenn jemand dein Tagebuch lesen könnte</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/safety_note.py" line="80"/>
        <source>People who can help</source>
        <translation>Menschen, die helfen können</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/safety_note.py" line="100"/>
        <source>Domestic-violence lines</source>
        <translation>Hilfetelefone gegen häusliche Gewalt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/safety_note.py" line="104"/>
        <source>You can read this again any time with &quot;About safety&quot; on either screen.</source>
        <translation>Du kannst das jederzeit wieder lesen, über „Hinweise zur Sicherheit“ auf beiden Seiten.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/safety_note.py" line="111"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ScaleRow</name>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="119"/>
        <source>1 = {low}, 5 = {high}. Arrow keys or digits 1 to 5 choose; 0 or Delete clears.</source>
        <translation>1 = {low}, 5 = {high}. Pfeiltasten oder die Ziffern 1 bis 5 wählen; 0 oder Entf leert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="131"/>
        <source>1, {label}</source>
        <translation>1, {label}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="133"/>
        <source>5, {label}</source>
        <translation>5, {label}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="149"/>
        <source>Clear this answer (0 or Delete)</source>
        <translation>Diese Antwort leeren (0 oder Entf)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/relationship.py" line="150"/>
        <source>Clear answer</source>
        <translation>Antwort leeren</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../attune_journal/settings.py" line="116"/>
        <source>Your settings file could not be read ({error}); it was kept as {name} and the defaults are used for now.</source>
        <translation>Deine Einstellungsdatei konnte nicht gelesen werden ({error}); sie wurde als {name} aufbewahrt, und vorerst gelten die Standardwerte.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/settings.py" line="126"/>
        <source>Some settings had values the app could not use; defaults are used.</source>
        <translation>Einige Einstellungen hatten Werte, mit denen die App nichts anfangen konnte; es gelten die Standardwerte.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../attune_journal/ui/settings_screen.py" line="62"/>
        <source>Changes are saved as you make them.</source>
        <translation>Änderungen werden sofort gespeichert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings_screen.py" line="65"/>
        <source>Settings status</source>
        <translation>Status der Einstellungen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings_screen.py" line="115"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../attune_journal/ui/settings/section.py" line="73"/>
        <source>Could not save your settings: {error}. They apply until you close.</source>
        <translation>Deine Einstellungen ließen sich nicht speichern: {error}. Sie gelten, bis du die App schließt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/section.py" line="78"/>
        <source>Saved: {what}.</source>
        <translation>Gespeichert: {what}.</translation>
    </message>
</context>
<context>
    <name>ShareWeekDialog</name>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="190"/>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="191"/>
        <source>Share this week with your partner</source>
        <translation>Diese Woche mit deinem Gegenüber teilen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="194"/>
        <source>Share {week}</source>
        <translation>{week} teilen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="203"/>
        <source>Your answers and your two notes (more of, appreciated) go in a file only your partner&apos;s journal can open. You choose what else goes with them; the preview shows exactly what they will see. Sharing is up to you, this week and every week.</source>
        <translation>Deine Antworten und deine beiden Notizen (mehr davon, geschätzt) kommen in eine Datei, die nur das Tagebuch deines Gegenübers öffnen kann. Was sonst noch mitgeht, entscheidest du; die Vorschau zeigt genau, was dein Gegenüber sehen wird. Ob du teilst, entscheidest du – diese Woche und jede Woche.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="211"/>
        <source>Share with</source>
        <translation>Teilen mit</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="215"/>
        <source>Share &amp;with</source>
        <translation>Teilen &amp;mit</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="219"/>
        <source>Include my &amp;ATTUNE reflection</source>
        <translation>Meine &amp;ATTUNE-Reflexion mitschicken</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="222"/>
        <source>You wrote no ATTUNE reflection this week.</source>
        <translation>Diese Woche hast du keine ATTUNE-Reflexion geschrieben.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="225"/>
        <source>Include these &amp;repair entries</source>
        <translation>Diese &amp;Reparatur-Einträge mitschicken</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="229"/>
        <source>Repair entries from this week</source>
        <translation>Reparatur-Einträge dieser Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="246"/>
        <source>No repair entries were written this week.</source>
        <translation>Diese Woche wurden keine Reparatur-Einträge geschrieben.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="251"/>
        <source>Preview of what your partner will see</source>
        <translation>Vorschau dessen, was dein Gegenüber sieht</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="254"/>
        <source>&amp;Preview: exactly what your partner will see</source>
        <translation>Vorsc&amp;hau: genau das, was dein Gegenüber sieht</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="259"/>
        <source>Sharing status</source>
        <translation>Status des Teilens</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="263"/>
        <source>&amp;Save file…</source>
        <translation>Datei &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="343"/>
        <source>The file could not be saved: {error}</source>
        <translation>Die Datei ließ sich nicht speichern: {error}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="350"/>
        <source>Saved to {path}. Give it to {name} however suits you both.</source>
        <translation>Gespeichert unter {path}. Gib sie {name} auf dem Weg, der euch beiden passt.</translation>
    </message>
</context>
<context>
    <name>SideBySideDialog</name>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="641"/>
        <source>Side by side with {name}</source>
        <translation>Nebeneinander mit {name}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/partner_dialogs.py" line="645"/>
        <source>You and {name}, {week}</source>
        <translation>Du und {name}, {week}</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../attune_journal/ui/checkin_steps.py" line="92"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <location filename="../../attune_journal/storage/backup.py" line="140"/>
        <source>The backup failed: {error}</source>
        <translation>Die Sicherung ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/backup.py" line="201"/>
        <source>There is no backup at {path}.</source>
        <translation>Unter {path} gibt es keine Sicherung.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/backup.py" line="204"/>
        <source>This backup is encrypted: it needs the passphrase it was made with.</source>
        <translation>Diese Sicherung ist verschlüsselt: Sie braucht die Passphrase, mit der sie angelegt wurde.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/backup.py" line="210"/>
        <source>That passphrase does not open this backup (it may have been made with an older passphrase).</source>
        <translation>Mit dieser Passphrase lässt sich die Sicherung nicht öffnen (vielleicht wurde sie mit einer älteren Passphrase angelegt).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/backup.py" line="216"/>
        <source>This backup cannot be read ({error}).</source>
        <translation>Diese Sicherung kann nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/backup.py" line="223"/>
        <location filename="../../attune_journal/storage/backup.py" line="227"/>
        <source>This backup is damaged ({error}).</source>
        <translation>Diese Sicherung ist beschädigt ({error}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/backup.py" line="229"/>
        <source>This file is not a journal backup.</source>
        <translation>Diese Datei ist keine Sicherung eines Journals.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/crypto.py" line="62"/>
        <source>Encryption needs the &apos;sqlcipher3&apos; package, which is not installed. Reinstall Attune Journal to bring it back.</source>
        <translation>Die Verschlüsselung braucht das Paket „sqlcipher3“, das nicht installiert ist. Installier Attune Journal neu, um es zurückzuholen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/crypto.py" line="95"/>
        <source>A passphrase cannot be empty.</source>
        <translation>Eine Passphrase darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/crypto.py" line="97"/>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>Eine Passphrase darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/crypto.py" line="127"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/crypto.py" line="132"/>
        <location filename="../../attune_journal/storage/crypto.py" line="163"/>
        <source>the file is truncated</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/crypto.py" line="137"/>
        <source>it is a text file, not a journal</source>
        <translation>es ist eine Textdatei, kein Journal</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/crypto.py" line="141"/>
        <source>its first page has been wiped</source>
        <translation>ihre erste Seite wurde gelöscht</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/crypto.py" line="146"/>
        <source>it is not a journal file, or it is truncated</source>
        <translation>es ist keine Journal-Datei, oder sie ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/crypto.py" line="257"/>
        <source>The journal could not be copied: {error}</source>
        <translation>Das Journal konnte nicht kopiert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/crypto.py" line="275"/>
        <source>The new copy of the journal did not check out ({result}).</source>
        <translation>Die neue Kopie des Journals hat die Prüfung nicht bestanden ({result}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/storage/crypto.py" line="286"/>
        <source>The new copy of the journal holds %Ln entries, not {expected}.</source>
        <translation>
            <numerusform>Die neue Kopie des Journals enthält %Ln Eintrag statt {expected}.</numerusform>
            <numerusform>Die neue Kopie des Journals enthält %Ln Einträge statt {expected}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/db.py" line="173"/>
        <source>it is an SQLite file from another program</source>
        <translation>es ist eine SQLite-Datei aus einem anderen Programm</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/errors.py" line="60"/>
        <source>The journal at {path} was written by a newer version of Attune Journal (format {found}; this version knows up to {known}). It was left untouched: please update the app to open it.</source>
        <translation>Das Journal unter {path} wurde von einer neueren Version von Attune Journal geschrieben (Format {found}; diese Version kennt bis {known}). Es wurde nicht angerührt: Bitte aktualisier die App, um es zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/errors.py" line="81"/>
        <source>The journal file cannot be read ({reason}).</source>
        <translation>Die Journal-Datei kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/errors.py" line="83"/>
        <source>The journal file {path} cannot be read ({reason}).</source>
        <translation>Die Journal-Datei {path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/errors.py" line="88"/>
        <source>The journal is busy in another program right now, so nothing was saved. Please run the command again in a moment.</source>
        <translation>Das Journal ist gerade in einem anderen Programm beschäftigt, darum wurde nichts gespeichert. Bitte führ den Befehl gleich noch einmal aus.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/errors.py" line="96"/>
        <source>The journal is busy in another program right now. Your text is kept; please try saving again in a moment.</source>
        <translation>Das Journal ist gerade in einem anderen Programm beschäftigt. Dein Text bleibt erhalten; versuch bitte gleich noch einmal zu speichern.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/errors.py" line="105"/>
        <source>The disk is full, so nothing was saved. Free some space and run the command again.</source>
        <translation>Der Datenträger ist voll, darum wurde nichts gespeichert. Mach etwas Platz frei und führ den Befehl noch einmal aus.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/errors.py" line="112"/>
        <source>The disk is full, so nothing was saved. Your text is kept here; free some space and save again.</source>
        <translation>Der Datenträger ist voll, darum wurde nichts gespeichert. Dein Text bleibt hier erhalten; mach etwas Platz frei und speichere noch einmal.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/errors.py" line="121"/>
        <source>The journal&apos;s folder cannot be written to (it is read-only), so nothing was saved. Check the folder&apos;s permissions and run the command again.</source>
        <translation>In den Ordner des Journals kann nicht geschrieben werden (er ist schreibgeschützt), darum wurde nichts gespeichert. Prüf die Rechte des Ordners und führ den Befehl noch einmal aus.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/errors.py" line="129"/>
        <source>The journal&apos;s folder cannot be written to (it is read-only). Your text is kept here; check the folder&apos;s permissions and save again.</source>
        <translation>In den Ordner des Journals kann nicht geschrieben werden (er ist schreibgeschützt). Dein Text bleibt hier erhalten; prüf die Rechte des Ordners und speichere noch einmal.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/errors.py" line="140"/>
        <source>That passphrase does not open this journal. Please try again.</source>
        <translation>Mit dieser Passphrase lässt sich das Journal nicht öffnen. Bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/errors.py" line="152"/>
        <source>The journal at {path} is encrypted. Enter its passphrase to open it (or set ATTUNE_JOURNAL_PASSPHRASE for scripts).</source>
        <translation>Das Journal unter {path} ist verschlüsselt. Gib seine Passphrase ein, um es zu öffnen (oder setz ATTUNE_JOURNAL_PASSPHRASE für Skripte).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/locks.py" line="64"/>
        <source>The journal is busy with a restore or an encryption change in another program. Nothing was changed; please try again in a moment.</source>
        <translation>Das Journal wird gerade in einem anderen Programm wiederhergestellt oder neu verschlüsselt. Nichts wurde geändert; bitte versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/locks.py" line="77"/>
        <source>The journal is open in another program (the Attune Journal app or a command still running). Close it and try again; nothing was changed.</source>
        <translation>Das Journal ist in einem anderen Programm geöffnet (der App Attune Journal oder einem Befehl, der noch läuft). Schließ es und versuch es noch einmal; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/maintenance.py" line="81"/>
        <source>That is the journal itself, not a backup of it.</source>
        <translation>Das ist das Journal selbst, keine Sicherung davon.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/maintenance.py" line="156"/>
        <source>The journal is not encrypted, so there is nothing to turn off.</source>
        <translation>Das Journal ist nicht verschlüsselt, es gibt also nichts auszuschalten.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/maintenance.py" line="162"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Die neue Passphrase ist dieselbe wie die jetzige.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/partner_store.py" line="70"/>
        <source>You already have a partner with that name or that code.</source>
        <translation>Du hast schon eine Partner:in mit diesem Namen oder diesem Code.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/partner_store.py" line="75"/>
        <source>The partner details could not be saved: {error}</source>
        <translation>Die Angaben zur Partner:in konnten nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/repository.py" line="169"/>
        <source>There is already an entry of this kind for that week.</source>
        <translation>Für diese Woche gibt es schon einen Eintrag dieser Art.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/repository.py" line="173"/>
        <source>An entry with this identifier already exists.</source>
        <translation>Einen Eintrag mit dieser Kennung gibt es schon.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/repository.py" line="176"/>
        <source>The entry could not be saved: {error}</source>
        <translation>Der Eintrag konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/repository.py" line="277"/>
        <source>Entry {number} no longer exists; it was not saved.</source>
        <translation>Eintrag {number} gibt es nicht mehr; er wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/repository.py" line="912"/>
        <source>Please give it a name.</source>
        <translation>Bitte gib ihm einen Namen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/storage/repository.py" line="915"/>
        <source>That name is longer than 500 characters.</source>
        <translation>Dieser Name ist länger als 500 Zeichen.</translation>
    </message>
</context>
<context>
    <name>Strategies</name>
    <message>
        <location filename="../../attune_journal/core/stats.py" line="714"/>
        <source>{amount} step further from the middle of your window</source>
        <translation>{amount} Schritt weiter weg von der Mitte deines Fensters</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/stats.py" line="716"/>
        <source>{amount} steps further from the middle of your window</source>
        <translation>{amount} Schritte weiter weg von der Mitte deines Fensters</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/stats.py" line="718"/>
        <source>{amount} step toward the middle of your window</source>
        <translation>{amount} Schritt näher zur Mitte deines Fensters</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/stats.py" line="720"/>
        <source>{amount} steps toward the middle of your window</source>
        <translation>{amount} Schritte näher zur Mitte deines Fensters</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/stats.py" line="726"/>
        <source>seems to help more than waiting</source>
        <translation>scheint mehr zu helfen als Abwarten</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/stats.py" line="727"/>
        <source>about the same as waiting so far</source>
        <translation>bisher etwa wie Abwarten</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/stats.py" line="728"/>
        <source>so far less settling than waiting</source>
        <translation>bisher weniger ausgleichend als Abwarten</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/stats.py" line="729"/>
        <source>too soon to say</source>
        <translation>noch zu früh, um etwas zu sagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/stats.py" line="750"/>
        <source>%n tries</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/stats.py" line="753"/>
        <source>{strategy}: {verdict}, on average {steps}, about {difference} more than waiting ({tries})</source>
        <translation>{strategy}: {verdict}, im Schnitt {steps}, etwa {difference} mehr als Abwarten ({tries})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/stats.py" line="759"/>
        <source>{strategy}: {verdict}, on average {steps} ({tries})</source>
        <translation>{strategy}: {verdict}, im Schnitt {steps} ({tries})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/stats.py" line="774"/>
        <source>Not enough tries yet to tell: {names}</source>
        <translation>Noch zu wenige Versuche, um etwas zu sagen: {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/stats.py" line="784"/>
        <source>Waiting, with no strategy noted: on average {steps} between readings up to {minutes} minutes apart (%n times)</source>
        <translation>
            <numerusform>Abwarten, ohne notierte Strategie: im Schnitt {steps} zwischen zwei Werten, die höchstens {minutes} Minuten auseinanderlagen (%n Mal)</numerusform>
            <numerusform>Abwarten, ohne notierte Strategie: im Schnitt {steps} zwischen zwei Werten, die höchstens {minutes} Minuten auseinanderlagen (%n Mal)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/stats.py" line="791"/>
        <source>Nothing to compare with yet: strategies are set against waiting, two check-ins or notes up to %n minutes apart with no strategy noted ({waits} of {needed} so far)</source>
        <translation>
            <numerusform>Noch nichts zum Vergleichen: Strategien werden mit Abwarten verglichen, also mit zwei Check-ins oder Notizen höchstens %n Minute auseinander, ohne notierte Strategie ({waits} von {needed} bisher)</numerusform>
            <numerusform>Noch nichts zum Vergleichen: Strategien werden mit Abwarten verglichen, also mit zwei Check-ins oder Notizen höchstens %n Minuten auseinander, ohne notierte Strategie ({waits} von {needed} bisher)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <location filename="../../attune_journal/ui/support.py" line="115"/>
        <source>added by you</source>
        <translation>von dir hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/support.py" line="117"/>
        <source>changed by you</source>
        <translation>von dir geändert</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/support.py" line="119"/>
        <source>number checked {day}</source>
        <translation>Nummer geprüft am {day}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/support.py" line="137"/>
        <source>People you chose</source>
        <translation>Menschen, die du ausgewählt hast</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/support.py" line="143"/>
        <source>Your own people and changes show here once your journal is open, so no one learns them from a locked screen.</source>
        <translation>Deine eigenen Menschen und Änderungen erscheinen hier, sobald dein Tagebuch offen ist – so erfährt niemand sie über einen gesperrten Bildschirm.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/support.py" line="164"/>
        <source>You haven&apos;t added anyone yet. In Settings you can add people you trust and how to reach them, so they are here when you need them.</source>
        <translation>Du hast noch niemanden hinzugefügt. In den Einstellungen kannst du Menschen eintragen, denen du vertraust, und wie du sie erreichst – dann sind sie hier, wenn du sie brauchst.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/support.py" line="173"/>
        <source>Helplines</source>
        <translation>Hilfetelefone</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/support.py" line="178"/>
        <source>If someone is hurting you</source>
        <translation>Wenn dir jemand wehtut</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/support.py" line="187"/>
        <source>Attune Journal is a journal, not therapy, and cannot help in an emergency. It never goes online, so it cannot know when a number changes: check a line before you rely on it.</source>
        <translation>Attune Journal ist ein Tagebuch, keine Therapie, und kann in einem Notfall nicht helfen. Es geht nie ins Internet und kann deshalb nicht wissen, wenn sich eine Nummer ändert: Prüf ein Angebot, bevor du dich darauf verlässt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/support.py" line="211"/>
        <location filename="../../attune_journal/ui/support.py" line="212"/>
        <location filename="../../attune_journal/ui/support.py" line="281"/>
        <location filename="../../attune_journal/ui/support.py" line="283"/>
        <source>Need support now?</source>
        <translation>Brauchst du Hilfe?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/support.py" line="217"/>
        <source>You don&apos;t have to go through this alone.</source>
        <translation>Da musst du nicht allein durch.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/support.py" line="226"/>
        <source>Support contacts and helplines</source>
        <translation>Vertraute Menschen und Hilfetelefone</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/support.py" line="232"/>
        <source>Edit these in Settings</source>
        <translation>In den Einstellungen bearbeiten</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/support.py" line="233"/>
        <source>Add your own people and change the helplines</source>
        <translation>Eigene Menschen hinzufügen und die Hilfetelefone ändern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/support.py" line="234"/>
        <source>Edit people and helplines in Settings</source>
        <translation>Menschen und Hilfetelefone in den Einstellungen bearbeiten</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/support.py" line="245"/>
        <source>Close support</source>
        <translation>Hilfe schließen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/support.py" line="285"/>
        <source>People and helplines you can reach</source>
        <translation>Menschen und Hilfetelefone, die du erreichen kannst</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/support.py" line="288"/>
        <source>People and helplines you can reach (F1)</source>
        <translation>Menschen und Hilfetelefone, die du erreichen kannst (F1)</translation>
    </message>
</context>
<context>
    <name>SupportSection</name>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="31"/>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="37"/>
        <source>Shown under “Need support now?”: first the people you add here, then the helplines. Nothing here is ever sent anywhere.</source>
        <translation>Erscheint unter „Brauchst du Hilfe?“: zuerst die Menschen, die du hier einträgst, dann die Hilfetelefone. Nichts davon wird jemals irgendwohin gesendet.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="45"/>
        <source>People you trust:</source>
        <translation>Menschen, denen du vertraust:</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="47"/>
        <source>Your support contacts</source>
        <translation>Deine vertrauten Menschen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="51"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="52"/>
        <source>Contact&apos;s name</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="54"/>
        <source>How to reach them (phone, …)</source>
        <translation>Wie du sie erreichst (Telefon, …)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="55"/>
        <source>How to reach them</source>
        <translation>Wie du sie erreichst</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="57"/>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="59"/>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="86"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="68"/>
        <source>Helplines:</source>
        <translation>Hilfetelefone:</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="70"/>
        <source>Helplines</source>
        <translation>Hilfetelefone</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="75"/>
        <source>Name of the line</source>
        <translation>Name des Angebots</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="76"/>
        <source>Helpline name</source>
        <translation>Name des Hilfetelefons</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="78"/>
        <source>Where it serves</source>
        <translation>Wo es erreichbar ist</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="79"/>
        <source>Helpline region</source>
        <translation>Region des Hilfetelefons</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="81"/>
        <source>Number or address</source>
        <translation>Nummer oder Adresse</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="82"/>
        <source>Helpline number or address</source>
        <translation>Nummer oder Adresse des Hilfetelefons</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="84"/>
        <source>Add line</source>
        <translation>Hilfetelefon hinzufügen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="89"/>
        <source>Restore the default list</source>
        <translation>Liste zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="126"/>
        <source>Please give the person a name.</source>
        <translation>Bitte gib der Person einen Namen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="132"/>
        <source>Please keep the name and the way to reach them under %n characters.</source>
        <translation>
            <numerusform>Bitte halte Namen und Erreichbarkeit unter %n Zeichen.</numerusform>
            <numerusform>Bitte halte Namen und Erreichbarkeit unter %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="143"/>
        <source>added {name} to your support contacts</source>
        <translation>{name} zu deinen vertrauten Menschen hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="148"/>
        <source>Choose a person in the list first.</source>
        <translation>Wähl zuerst eine Person in der Liste.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="152"/>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="197"/>
        <source>removed {name}</source>
        <translation>{name} entfernt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="159"/>
        <source>A helpline needs a name and a number or address.</source>
        <translation>Ein Hilfetelefon braucht einen Namen und eine Nummer oder Adresse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="163"/>
        <source>Please keep each field under %n characters.</source>
        <translation>
            <numerusform>Bitte halte jedes Feld unter %n Zeichen.</numerusform>
            <numerusform>Bitte halte jedes Feld unter %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="174"/>
        <source>added the helpline {name}</source>
        <translation>Hilfetelefon {name} hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="180"/>
        <source>Choose a helpline in the list first.</source>
        <translation>Wähl zuerst ein Hilfetelefon in der Liste.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="185"/>
        <source>Lines for anyone being hurt always stay in the list, so they are there the day they are needed. You can change their number if it is wrong.</source>
        <translation>Hilfetelefone für alle, denen Gewalt angetan wird, bleiben immer in der Liste, damit sie an dem Tag da sind, an dem sie gebraucht werden. Ist eine Nummer falsch, kannst du sie ändern.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="195"/>
        <source>no helplines of your own left, so the default list is shown again</source>
        <translation>keine eigenen Hilfetelefone mehr, deshalb erscheint wieder die mitgelieferte Liste</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="204"/>
        <source>Lines for anyone being hurt always stay in the list.</source>
        <translation>Hilfetelefone für alle, denen Gewalt angetan wird, bleiben immer in der Liste.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/support_lines.py" line="210"/>
        <source>the default helplines are back</source>
        <translation>die mitgelieferten Hilfetelefone sind wieder da</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../attune_journal/sync/crypto.py" line="45"/>
        <source>That passphrase does not open this sync folder; please check it and try again (nothing was written).</source>
        <translation>Diese Passphrase öffnet den Sync-Ordner nicht; bitte prüf sie und versuch es noch einmal (es wurde nichts geschrieben).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/crypto.py" line="78"/>
        <source>The sync folder asks for a key setting this version of Attune Journal does not accept (ops {ops}, memory {mem} bytes).</source>
        <translation>Der Sync-Ordner verlangt eine Schlüsseleinstellung, die diese Version von Attune Journal nicht annimmt (ops {ops}, Speicher {mem} Bytes).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/crypto.py" line="90"/>
        <source>There is not enough free memory to work out the sync key; please close some programs and try again.</source>
        <translation>Es ist nicht genug Arbeitsspeicher frei, um den Sync-Schlüssel zu berechnen; bitte schließ ein paar Programme und versuch es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/folder.py" line="71"/>
        <source>There is already an Attune Journal sync folder in {root}; join it with its passphrase instead of setting up a new one.</source>
        <translation>In {root} gibt es schon einen Sync-Ordner von Attune Journal; tritt ihm mit seiner Passphrase bei, statt einen neuen einzurichten.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/folder.py" line="82"/>
        <source>There is no Attune Journal sync folder in {root} (or the drive it is on is not connected).</source>
        <translation>In {root} gibt es keinen Sync-Ordner von Attune Journal (oder das Laufwerk, auf dem er liegt, ist nicht verbunden).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/folder.py" line="93"/>
        <source>{path} is not an Attune Journal sync folder description, or it is damaged, so this folder cannot be used for sync.</source>
        <translation>{path} ist keine Beschreibung eines Sync-Ordners von Attune Journal oder ist beschädigt; dieser Ordner lässt sich deshalb nicht zum Synchronisieren nutzen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/folder.py" line="104"/>
        <source>The sync folder described by {path} was set up by a newer version of Attune Journal (format {found}; this version knows {known}); please update the app to use it.</source>
        <translation>Der in {path} beschriebene Sync-Ordner wurde von einer neueren Version von Attune Journal eingerichtet (Format {found}; diese Version kennt {known}); bitte aktualisiere die App, um ihn zu nutzen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/folder.py" line="116"/>
        <source>{path} is a link, not a folder of its own; for safety, sync does not follow links. Please replace it with a real folder.</source>
        <translation>{path} ist eine Verknüpfung, kein eigener Ordner; zur Sicherheit folgt die Synchronisierung keinen Verknüpfungen. Bitte ersetze sie durch einen echten Ordner.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/folder.py" line="262"/>
        <source>The sync folder {root} cannot be used right now: {reason}.</source>
        <translation>Der Sync-Ordner {root} lässt sich gerade nicht nutzen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/folder.py" line="284"/>
        <source>Please choose a passphrase for the sync folder.</source>
        <translation>Bitte wähl eine Passphrase für den Sync-Ordner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="91"/>
        <source>Sent %n changes from this computer.</source>
        <translation>
            <numerusform>%n Änderung von diesem Computer gesendet.</numerusform>
            <numerusform>%n Änderungen von diesem Computer gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="93"/>
        <source>%n entries came in.</source>
        <translation>
            <numerusform>%n Eintrag empfangen.</numerusform>
            <numerusform>%n Einträge empfangen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/session.py" line="95"/>
        <source>Everything was already up to date.</source>
        <translation>Alles war schon auf dem neuesten Stand.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/session.py" line="126"/>
        <source>This computer does not sync yet.</source>
        <translation>Dieser Computer synchronisiert noch nicht.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/session.py" line="128"/>
        <source>This computer, &quot;{name}&quot;, syncs through {folder}.</source>
        <translation>Dieser Computer, „{name}“, synchronisiert über {folder}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/session.py" line="133"/>
        <source>Last synced {when}.</source>
        <translation>Zuletzt synchronisiert: {when}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/session.py" line="135"/>
        <source>It has not synced yet.</source>
        <translation>Er hat noch nicht synchronisiert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/session.py" line="139"/>
        <source>No other computer has joined yet.</source>
        <translation>Noch ist kein anderer Computer dazugekommen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/session.py" line="141"/>
        <source>a computer</source>
        <translation>ein Computer</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/session.py" line="143"/>
        <source>Also syncing: &quot;{name}&quot;, latest change {when}.</source>
        <translation>Ebenfalls dabei: „{name}“, letzte Änderung {when}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/session.py" line="145"/>
        <source>Also syncing: &quot;{name}&quot;.</source>
        <translation>Ebenfalls dabei: „{name}“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="150"/>
        <source>%n entries were edited on two computers at once; both versions are kept under Conflicts to resolve.</source>
        <translation>
            <numerusform>%n Eintrag wurde auf zwei Computern zugleich bearbeitet; beide Fassungen liegen unter „Zu klärende Konflikte“.</numerusform>
            <numerusform>%n Einträge wurden auf zwei Computern zugleich bearbeitet; beide Fassungen liegen unter „Zu klärende Konflikte“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="161"/>
        <source>%n weeks have a weekly review or check-in written on each of two computers; both are kept under Conflicts to resolve.</source>
        <translation>
            <numerusform>Für %n Woche gibt es auf zwei Computern je einen Wochenrückblick oder Check-in; beide liegen unter „Zu klärende Konflikte“.</numerusform>
            <numerusform>Für %n Wochen gibt es auf zwei Computern je einen Wochenrückblick oder Check-in; beide liegen unter „Zu klärende Konflikte“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/session.py" line="175"/>
        <source>The sync file {path} could not be opened (changed, damaged or from another folder), so it was passed over; everything else was applied.</source>
        <translation>Die Sync-Datei {path} ließ sich nicht öffnen (verändert, beschädigt oder aus einem anderen Ordner) und wurde übergangen; alles andere wurde übernommen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="184"/>
        <source>%n files the sync tool left behind were passed over.</source>
        <translation>
            <numerusform>%n Datei, die das Sync-Programm zurückgelassen hat, wurde übergangen.</numerusform>
            <numerusform>%n Dateien, die das Sync-Programm zurückgelassen hat, wurden übergangen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/sync/session.py" line="190"/>
        <source>%n files still being written (or left half-written) were passed over.</source>
        <translation>
            <numerusform>%n Datei, die noch geschrieben wird (oder halb fertig liegen blieb), wurde übergangen.</numerusform>
            <numerusform>%n Dateien, die noch geschrieben werden (oder halb fertig liegen blieben), wurden übergangen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/session.py" line="215"/>
        <source>This computer does not sync yet: choose a sync folder first (&apos;attune-journal sync --folder DIR&apos;).</source>
        <translation>Dieser Computer synchronisiert noch nicht: Wähl zuerst einen Sync-Ordner („attune-journal sync --folder DIR“).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/session.py" line="229"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/session.py" line="336"/>
        <source>This computer&apos;s sync files could not be numbered; please sync again.</source>
        <translation>Die Sync-Dateien dieses Computers ließen sich nicht nummerieren; bitte synchronisiere noch einmal.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/sync/session.py" line="940"/>
        <source>That conflict is no longer there; nothing was changed.</source>
        <translation>Diesen Konflikt gibt es nicht mehr; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <location filename="../../attune_journal/ui/sync_runner.py" line="270"/>
        <source>An entry came in from your other computer.</source>
        <translation>Ein Eintrag ist von deinem anderen Computer gekommen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/sync_runner.py" line="272"/>
        <source>{n} entries came in from your other computers.</source>
        <translation>{n} Einträge sind von deinen anderen Computern gekommen.</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="47"/>
        <source>Choose the folder your sync tool carries</source>
        <translation>Wähl den Ordner, den dein Sync-Programm abgleicht</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="57"/>
        <location filename="../../attune_journal/ui/settings/sync.py" line="336"/>
        <source>Stop syncing on this computer</source>
        <translation>Synchronisierung auf diesem Computer beenden</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="58"/>
        <source>Stop syncing on this computer? Your journal stays here as it is, and the sync folder stays as it is for your other computers. You can join it again later with the sync passphrase.</source>
        <translation>Synchronisierung auf diesem Computer beenden? Dein Tagebuch bleibt hier, wie es ist, und der Sync-Ordner bleibt für deine anderen Computer, wie er ist. Mit der Sync-Passphrase kannst du später wieder beitreten.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="94"/>
        <source>Sync between your computers</source>
        <translation>Zwischen deinen Computern synchronisieren</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="109"/>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="131"/>
        <source>Keep one journal on your laptop and your desktop through a folder your own sync tool carries — Syncthing, Nextcloud, Dropbox or a USB stick. What goes into the folder is sealed with your sync passphrase; the sync service cannot read it.</source>
        <translation>Führ ein Tagebuch auf Laptop und Desktop über einen Ordner, den dein eigenes Sync-Programm abgleicht – Syncthing, Nextcloud, Dropbox oder ein USB-Stick. Was in den Ordner kommt, ist mit deiner Sync-Passphrase versiegelt; der Sync-Dienst kann es nicht lesen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="144"/>
        <source>No folder chosen yet</source>
        <translation>Noch kein Ordner gewählt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="145"/>
        <location filename="../../attune_journal/ui/settings/sync.py" line="153"/>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="147"/>
        <source>Choose &amp;folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="148"/>
        <source>Choose the sync folder</source>
        <translation>Sync-Ordner wählen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="163"/>
        <source>Sync passphrase</source>
        <translation>Sync-Passphrase</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="164"/>
        <source>Sync &amp;passphrase</source>
        <translation>Sync-&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="169"/>
        <source>Repeat the sync passphrase</source>
        <translation>Sync-Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="170"/>
        <source>&amp;Repeat passphrase</source>
        <translation>Passphrase w&amp;iederholen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="175"/>
        <source>Name of this computer</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="177"/>
        <source>&amp;Name of this computer</source>
        <translation>Name dieses Compute&amp;rs</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="181"/>
        <location filename="../../attune_journal/ui/settings/sync.py" line="226"/>
        <source>Start syncing</source>
        <translation>Synchronisierung starten</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="208"/>
        <source>Choose the same folder on each computer, inside what your sync tool carries.</source>
        <translation>Wähl auf jedem Computer denselben Ordner, innerhalb dessen, was dein Sync-Programm abgleicht.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="214"/>
        <source>This folder already holds a synced journal: type its sync passphrase to join it. Your entries here are kept and added to it.</source>
        <translation>In diesem Ordner liegt schon ein synchronisiertes Tagebuch: Tipp seine Sync-Passphrase ein, um beizutreten. Deine Einträge hier bleiben erhalten und kommen dazu.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="221"/>
        <source>A new sync folder will be set up here. Choose a passphrase you will also type on your other computers; it cannot be recovered if forgotten.</source>
        <translation>Hier wird ein neuer Sync-Ordner eingerichtet. Wähl eine Passphrase, die du auch auf deinen anderen Computern eintippst; vergessen lässt sie sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="226"/>
        <source>Join and start syncing</source>
        <translation>Beitreten und synchronisieren</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="241"/>
        <source>Please choose a sync folder first.</source>
        <translation>Bitte wähl zuerst einen Sync-Ordner.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="245"/>
        <source>That folder is not there; please choose an existing folder.</source>
        <translation>Diesen Ordner gibt es nicht; bitte wähl einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="250"/>
        <source>Please type the sync passphrase.</source>
        <translation>Bitte tipp die Sync-Passphrase ein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/settings/sync.py" line="255"/>
        <source>Please use a sync passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Bitte nimm eine Sync-Passphrase mit mindestens %n Zeichen.</numerusform>
            <numerusform>Bitte nimm eine Sync-Passphrase mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="263"/>
        <source>The two passphrases are not the same; please type it again.</source>
        <translation>Die beiden Passphrasen sind nicht gleich; bitte tipp sie noch einmal ein.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="276"/>
        <source>Joining the sync folder… this takes a few seconds.</source>
        <translation>Trete dem Sync-Ordner bei… das dauert ein paar Sekunden.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="278"/>
        <source>Setting up the sync folder… this takes a few seconds.</source>
        <translation>Richte den Sync-Ordner ein… das dauert ein paar Sekunden.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="288"/>
        <location filename="../../attune_journal/ui/settings/sync.py" line="289"/>
        <source>This computer syncs now.</source>
        <translation>Dieser Computer synchronisiert jetzt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="311"/>
        <source>How sync stands</source>
        <translation>Stand der Synchronisierung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="314"/>
        <source>&lt;b&gt;Conflicts to resolve&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zu klärende Konflikte&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="316"/>
        <source>Conflicts to resolve</source>
        <translation>Zu klärende Konflikte</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="319"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="320"/>
        <source>Compare the two versions</source>
        <translation>Die beiden Fassungen vergleichen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="334"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="413"/>
        <location filename="../../attune_journal/ui/settings/sync.py" line="423"/>
        <location filename="../../attune_journal/ui/settings/sync.py" line="438"/>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="466"/>
        <source>That conflict is no longer there.</source>
        <translation>Diesen Konflikt gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="499"/>
        <source>Joining the two versions…</source>
        <translation>Führe die beiden Fassungen zusammen…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="501"/>
        <source>Keeping the version you chose…</source>
        <translation>Behalte die gewählte Fassung…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="508"/>
        <source>Kept both, joined into one; the other copy is in the trash.</source>
        <translation>Beide behalten und zu einer zusammengeführt; die andere Kopie liegt im Papierkorb.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="510"/>
        <source>Kept the version you chose; the other is in the trash.</source>
        <translation>Die gewählte Fassung ist behalten; die andere liegt im Papierkorb.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="532"/>
        <source>Stopping sync on this computer…</source>
        <translation>Beende die Synchronisierung auf diesem Computer…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/sync.py" line="540"/>
        <source>This computer no longer syncs; your journal here is unchanged.</source>
        <translation>Dieser Computer synchronisiert nicht mehr; dein Tagebuch hier ist unverändert.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../attune_journal/core/timeutil.py" line="32"/>
        <source>a journal timestamp must carry its UTC offset</source>
        <translation>ein Zeitstempel im Journal braucht seinen UTC-Versatz</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/timeutil.py" line="41"/>
        <source>timestamp without UTC offset: {text!r}</source>
        <translation>Zeitstempel ohne UTC-Versatz: {text!r}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/timeutil.py" line="64"/>
        <source>The time {describe} falls outside the years 1 to 9999 once its UTC offset is taken into account, so the journal cannot place it in time. Please choose a time within that range.</source>
        <translation>Die Zeit {describe} liegt mit ihrem UTC-Versatz außerhalb der Jahre 1 bis 9999, darum kann das Journal sie nicht einordnen. Bitte wähl eine Zeit innerhalb dieses Bereichs.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/timeutil.py" line="114"/>
        <source>{describe} is out of range</source>
        <translation>{describe} liegt außerhalb des möglichen Bereichs</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/timeutil.py" line="118"/>
        <source>{describe} did not happen here: the clocks skipped that time when they went forward</source>
        <translation>{describe} gab es hier nicht: Die Uhren haben diese Zeit bei der Umstellung übersprungen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/timeutil.py" line="136"/>
        <source>{describe} is more than a day from now</source>
        <translation>{describe} liegt mehr als einen Tag in der Zukunft</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/timeutil.py" line="153"/>
        <location filename="../../attune_journal/core/timeutil.py" line="158"/>
        <source>{text!r} is not a date and time</source>
        <translation>{text!r} ist kein Datum mit Uhrzeit</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="40"/>
        <source>Hello, night owl</source>
        <translation>Hallo, Nachteule</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="42"/>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="44"/>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="45"/>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="59"/>
        <source>activation {value}</source>
        <translation>Aktivierung {value}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="99"/>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="108"/>
        <source>Prompt of the day</source>
        <translation>Impuls des Tages</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="109"/>
        <source>Another prompt</source>
        <translation>Anderer Impuls</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="110"/>
        <source>Show a different prompt for today</source>
        <translation>Einen anderen Impuls für heute zeigen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="112"/>
        <source>Start check-in</source>
        <translation>Check-in beginnen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="114"/>
        <source>A guided check-in with this prompt (Ctrl+N)</source>
        <translation>Ein begleiteter Check-in mit diesem Impuls (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="121"/>
        <source>Today&apos;s prompt</source>
        <translation>Impuls für heute</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="133"/>
        <source>Write anything: an answer to the prompt, or whatever is here right now…</source>
        <translation>Schreib, was du magst: eine Antwort auf den Impuls oder was gerade da ist…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="135"/>
        <source>Free entry</source>
        <translation>Freier Eintrag</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="140"/>
        <source>Tags (optional)</source>
        <translation>Stichwörter (optional)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="141"/>
        <source>Tags, separated by spaces (optional)</source>
        <translation>Stichwörter, durch Leerzeichen getrennt (optional)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="142"/>
        <source>Tags</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="143"/>
        <source>Star</source>
        <translation>Stern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="144"/>
        <source>Star this entry</source>
        <translation>Diesen Eintrag mit Stern markieren</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="145"/>
        <source>Save entry</source>
        <translation>Eintrag speichern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="147"/>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>Speichern (Strg+S oder Strg+Enter)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="155"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="163"/>
        <source>Today&apos;s entries</source>
        <translation>Einträge von heute</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="166"/>
        <source>Open an entry to change it (Enter or a click)</source>
        <translation>Einen Eintrag zum Ändern öffnen (Enter oder Klick)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="171"/>
        <source>Nothing yet today, and that&apos;s fine. A few words are enough.</source>
        <translation>Heute noch nichts, und das ist in Ordnung. Ein paar Worte genügen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="183"/>
        <source>Today so far</source>
        <translation>Heute bisher</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="263"/>
        <source>Your unsaved words are back, just as you left them.</source>
        <translation>Deine ungespeicherten Worte sind wieder da, genau wie du sie verlassen hast.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="295"/>
        <source>Your changes are saved.</source>
        <translation>Deine Änderungen sind gespeichert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="304"/>
        <source>This entry opens from its own screen, or from History.</source>
        <translation>Dieser Eintrag öffnet sich in seinem eigenen Bereich oder im Verlauf.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="309"/>
        <source>There is nothing to save yet.</source>
        <translation>Es gibt noch nichts zu speichern.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/today.py" line="322"/>
        <source>Saved at {time}.</source>
        <translation>Gespeichert um {time}.</translation>
    </message>
</context>
<context>
    <name>ToleranceSection</name>
    <message>
        <location filename="../../attune_journal/ui/settings/tolerance.py" line="18"/>
        <source>Your window of tolerance</source>
        <translation>Dein Toleranzfenster</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/tolerance.py" line="24"/>
        <source>Activation runs from 0 (flat, shut down) to 10 (overwhelmed). Your window is the range where you can think, feel and respond: above it things feel too much, below it too little. Charts shade this band; it is yours to set.</source>
        <translation>Aktivierung reicht von 0 (matt, wie abgeschaltet) bis 10 (überwältigt). Dein Fenster ist der Bereich, in dem du denken, fühlen und antworten kannst: Darüber ist alles zu viel, darunter zu wenig. Diagramme hinterlegen diesen Bereich; du legst ihn selbst fest.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/tolerance.py" line="34"/>
        <source>Lower edge of the window</source>
        <translation>Untere Grenze des Fensters</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/tolerance.py" line="35"/>
        <source>Upper edge of the window</source>
        <translation>Obere Grenze des Fensters</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/tolerance.py" line="43"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/tolerance.py" line="45"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/tolerance.py" line="54"/>
        <source>Window of tolerance problem</source>
        <translation>Problem mit dem Toleranzfenster</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/tolerance.py" line="65"/>
        <source>The lower edge ({low}) can&apos;t be above the upper edge ({high}). Lower the first number or raise the second; your saved window stays {old_low}–{old_high} until then.</source>
        <translation>Die untere Grenze ({low}) kann nicht über der oberen ({high}) liegen. Senk die erste Zahl oder heb die zweite an; bis dahin bleibt dein gespeichertes Fenster bei {old_low}–{old_high}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/tolerance.py" line="76"/>
        <source>The window of tolerance was not saved.</source>
        <translation>Das Toleranzfenster wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/tolerance.py" line="80"/>
        <source>window of tolerance {low}–{high}</source>
        <translation>Toleranzfenster {low}–{high}</translation>
    </message>
</context>
<context>
    <name>TrendsScreen</name>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="134"/>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="135"/>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="136"/>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="137"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="138"/>
        <source>Custom</source>
        <translation>Frei wählen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="150"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="155"/>
        <source>Range: {name}</source>
        <translation>Zeitraum: {name}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="170"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="170"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="173"/>
        <source>Custom range: {which}</source>
        <translation>Eigener Zeitraum: {which}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="182"/>
        <source>Trends status</source>
        <translation>Status der Trends</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="185"/>
        <source>Activation over time</source>
        <translation>Aktivierung im Verlauf</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="188"/>
        <source>Activation and your window</source>
        <translation>Aktivierung und dein Fenster</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="207"/>
        <source>Where your feelings were on the grid</source>
        <translation>Wo deine Gefühle im Raster lagen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="211"/>
        <source>Feelings by quadrant, week by week</source>
        <translation>Gefühle nach Quadrant, Woche für Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="219"/>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="228"/>
        <source>Needs: met and not met</source>
        <translation>Bedürfnisse: erfüllt und nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="230"/>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="248"/>
        <source>Body regions and sensation families</source>
        <translation>Körperstellen und Arten von Empfindungen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="250"/>
        <source>Body</source>
        <translation>Körper</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="255"/>
        <location filename="../../attune_journal/ui/trends.py" line="257"/>
        <source>What seems to help you</source>
        <translation>Was dir zu helfen scheint</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="261"/>
        <source>Relationship pillars, week by week</source>
        <translation>Säulen der Beziehung, Woche für Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="267"/>
        <source>Relationship, week by week</source>
        <translation>Beziehung, Woche für Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="280"/>
        <source>A year in feelings</source>
        <translation>Ein Jahr in Gefühlen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="296"/>
        <source>Nothing to chart in this range yet. As you write check-ins and notes, your patterns will show up here, gently and at your pace.</source>
        <translation>In diesem Zeitraum gibt es noch nichts darzustellen. Während du Check-ins und Notizen schreibst, zeigen sich hier nach und nach deine Muster – behutsam und in deinem Tempo.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="511"/>
        <source>Working out your trends…</source>
        <translation>Deine Trends werden berechnet…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="517"/>
        <source>The trends could not be worked out: {error}</source>
        <translation>Die Trends ließen sich nicht berechnen: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="551"/>
        <source>{start} to {end} · %Ln check-ins and notes</source>
        <translation>
            <numerusform>{start} bis {end} · %Ln Check-in oder Notiz</numerusform>
            <numerusform>{start} bis {end} · %Ln Check-ins und Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="563"/>
        <source>A few more check-ins and patterns will start to show. So far %n readings in this range; the charts appear from {min}.</source>
        <translation>
            <numerusform>Noch ein paar Check-ins, dann zeigen sich erste Muster. Bisher %n Wert in diesem Zeitraum; die Diagramme erscheinen ab {min}.</numerusform>
            <numerusform>Noch ein paar Check-ins, dann zeigen sich erste Muster. Bisher %n Werte in diesem Zeitraum; die Diagramme erscheinen ab {min}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="592"/>
        <source>Activation: {inside}% of readings inside your window ({low}–{high}), {above}% above, {below}% below; %Ln readings.</source>
        <translation>
            <numerusform>Aktivierung: {inside} % der Werte in deinem Fenster ({low}–{high}), {above} % darüber, {below} % darunter; %Ln Wert.</numerusform>
            <numerusform>Aktivierung: {inside} % der Werte in deinem Fenster ({low}–{high}), {above} % darüber, {below} % darunter; %Ln Werte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="603"/>
        <source>The line is a rolling mean over %n days.</source>
        <translation>
            <numerusform>Die Linie ist ein gleitender Mittelwert über %n Tag.</numerusform>
            <numerusform>Die Linie ist ein gleitender Mittelwert über %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="606"/>
        <source>Each dot is one day&apos;s mean; hover for the readings themselves.</source>
        <translation>Jeder Punkt ist der Mittelwert eines Tages; zeig mit der Maus darauf, um die einzelnen Werte zu sehen.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="609"/>
        <source>Activation: no readings in this range yet.</source>
        <translation>Aktivierung: in diesem Zeitraum noch keine Werte.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="617"/>
        <source>check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="618"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="619"/>
        <source>after a strategy</source>
        <translation>nach einer Strategie</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="622"/>
        <source>{when}: activation {value} ({kind})</source>
        <translation>{when}: Aktivierung {value} ({kind})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="643"/>
        <source>pleasant, energised</source>
        <translation>angenehm, energiegeladen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="644"/>
        <source>pleasant, calm</source>
        <translation>angenehm, ruhig</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="645"/>
        <source>unpleasant, energised</source>
        <translation>unangenehm, energiegeladen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="646"/>
        <source>unpleasant, low</source>
        <translation>unangenehm, gedämpft</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="658"/>
        <source>Feelings (weighted by intensity): pleasant and energised {yellow}%, pleasant and calm {green}%, unpleasant and energised {red}%, unpleasant and low {blue}%.</source>
        <translation>Gefühle (nach Stärke gewichtet): angenehm und energiegeladen {yellow} %, angenehm und ruhig {green} %, unangenehm und energiegeladen {red} %, unangenehm und gedämpft {blue} %.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="665"/>
        <source>Each bar shows the %n weeks around it; hover for a week&apos;s own shares.</source>
        <translation>
            <numerusform>Jeder Balken zeigt die %n Woche um ihn herum; zeig mit der Maus darauf für die Anteile einer einzelnen Woche.</numerusform>
            <numerusform>Jeder Balken zeigt die %n Wochen um ihn herum; zeig mit der Maus darauf für die Anteile einer einzelnen Woche.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="670"/>
        <source>Feelings: none placed on the grid in this range yet.</source>
        <translation>Gefühle: in diesem Zeitraum noch keine im Raster platziert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="678"/>
        <source>{week}: no feelings placed</source>
        <translation>{week}: keine Gefühle im Raster</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="680"/>
        <source>{week}: pleasant-energised {yellow}%, pleasant-calm {green}%, unpleasant-energised {red}%, unpleasant-low {blue}%</source>
        <translation>{week}: angenehm-energiegeladen {yellow} %, angenehm-ruhig {green} %, unangenehm-energiegeladen {red} %, unangenehm-gedämpft {blue} %</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="692"/>
        <source>{need} {met} met, {unmet} not met</source>
        <translation>{need}: {met} erfüllt, {unmet} nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="697"/>
        <source>Most alive needs (blue met, orange not met): {list}.</source>
        <translation>Lebendigste Bedürfnisse (blau erfüllt, orange nicht erfüllt): {list}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="701"/>
        <source>Needs: none noted in this range yet.</source>
        <translation>Bedürfnisse: in diesem Zeitraum noch keine notiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="711"/>
        <source>Each region shown was noticed %n times in this range.</source>
        <translation>
            <numerusform>Jeder gezeigte Bereich wurde in diesem Zeitraum %n Mal gespürt.</numerusform>
            <numerusform>Jeder gezeigte Bereich wurde in diesem Zeitraum %n Mal gespürt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="718"/>
        <source>Colour spread over this range: faintest %n times, strongest {most} times.</source>
        <translation>
            <numerusform>Farbverlauf über diesen Zeitraum: am blassesten %n Mal, am kräftigsten {most} Mal.</numerusform>
            <numerusform>Farbverlauf über diesen Zeitraum: am blassesten %n Mal, am kräftigsten {most} Mal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="728"/>
        <source>{family}: {share} of sensations</source>
        <translation>{family}: {share} der Empfindungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="736"/>
        <source>{region}: noticed %n times, mostly {family}</source>
        <translation>
            <numerusform>{region}: %n Mal gespürt, meist {family}</numerusform>
            <numerusform>{region}: %n Mal gespürt, meist {family}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="738"/>
        <source>{region}: noticed %n times</source>
        <translation>
            <numerusform>{region}: %n Mal gespürt</numerusform>
            <numerusform>{region}: %n Mal gespürt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="745"/>
        <source>Body: most noticed {regions}.</source>
        <translation>Körper: am häufigsten {regions}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="749"/>
        <source>Body: nothing noted in this range yet.</source>
        <translation>Körper: in diesem Zeitraum noch nichts notiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="773"/>
        <source>%Ln tries of a strategy with a before and after.</source>
        <translation>
            <numerusform>%Ln Versuch mit einer Strategie, mit einem Wert vorher und nachher.</numerusform>
            <numerusform>%Ln Versuche mit einer Strategie, jeweils mit einem Wert vorher und nachher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="775"/>
        <source>Activation often settles by itself, so each strategy tried %n times or more is set against waiting: how your readings moved toward the middle of your window when two came up to {minutes} minutes apart with no strategy noted.</source>
        <translation>
            <numerusform>Aktivierung pendelt sich oft von selbst ein, deshalb wird jede Strategie, die du mindestens %n-mal versucht hast, mit Abwarten verglichen: damit, wie sich deine Werte zur Mitte deines Fensters bewegt haben, wenn zwei höchstens {minutes} Minuten auseinanderlagen und keine Strategie notiert war.</numerusform>
            <numerusform>Aktivierung pendelt sich oft von selbst ein, deshalb wird jede Strategie, die du mindestens %n-mal versucht hast, mit Abwarten verglichen: damit, wie sich deine Werte zur Mitte deines Fensters bewegt haben, wenn zwei höchstens {minutes} Minuten auseinanderlagen und keine Strategie notiert war.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="783"/>
        <source>Of {ranked}, %n seem to help more than waiting, and only when the difference holds even at the cautious end of its range (a 95% interval).</source>
        <translation>
            <numerusform>Von {ranked} scheint %n mehr zu helfen als Abwarten – und das nur, wenn der Unterschied selbst am vorsichtigen Ende seines Bereichs hält (ein 95-%-Intervall).</numerusform>
            <numerusform>Von {ranked} scheinen %n mehr zu helfen als Abwarten – und das nur, wenn der Unterschied selbst am vorsichtigen Ende seines Bereichs hält (ein 95-%-Intervall).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="790"/>
        <source>Of {ranked}, none seems to help more than waiting so far: a strategy counts as helping only when the difference holds even at the cautious end of its range (a 95% interval).</source>
        <translation>Von {ranked} scheint bisher keine mehr zu helfen als Abwarten: Als hilfreich gilt eine Strategie erst, wenn der Unterschied selbst am vorsichtigen Ende seines Bereichs hält (ein 95-%-Intervall).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="794"/>
        <source>Hints, not proof.</source>
        <translation>Hinweise, keine Beweise.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="800"/>
        <source>%Ln tries of a strategy with a before and after so far.</source>
        <translation>
            <numerusform>Bisher %Ln Versuch mit einer Strategie, mit einem Wert vorher und nachher.</numerusform>
            <numerusform>Bisher %Ln Versuche mit einer Strategie, jeweils mit einem Wert vorher und nachher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="802"/>
        <source>After %n tries of one strategy, this shows whether it seems to help more than waiting.</source>
        <translation>
            <numerusform>Nach %n Versuch mit einer Strategie zeigt sich hier, ob sie mehr zu helfen scheint als Abwarten.</numerusform>
            <numerusform>Nach %n Versuchen mit einer Strategie zeigt sich hier, ob sie mehr zu helfen scheint als Abwarten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="811"/>
        <source>No strategies with a before and after in this range yet. A quick regulation note (Ctrl+Shift+N) records one.</source>
        <translation>In diesem Zeitraum noch keine Strategien mit einem Wert vorher und nachher. Eine kurze Regulationsnotiz (Strg+Umschalt+N) hält so etwas fest.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="837"/>
        <source>%n weekly check-ins in this range. Latest ({week}): {scores}. A direction to notice, never a grade. Each row is one pillar, 1 at the bottom of its row and 5 at the top.</source>
        <translation>
            <numerusform>%n wöchentlicher Check-in in diesem Zeitraum. Zuletzt ({week}): {scores}. Eine Richtung zum Wahrnehmen, niemals eine Note. Jede Zeile ist eine Säule, 1 unten in ihrer Zeile und 5 oben.</numerusform>
            <numerusform>%n wöchentliche Check-ins in diesem Zeitraum. Zuletzt ({week}): {scores}. Eine Richtung zum Wahrnehmen, niemals eine Note. Jede Zeile ist eine Säule, 1 unten in ihrer Zeile und 5 oben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="847"/>
        <source>Each line is a rolling mean over %n weeks; hover for a week&apos;s own scores.</source>
        <translation>
            <numerusform>Jede Linie ist ein gleitender Mittelwert über %n Woche; zeig mit der Maus darauf für die Werte einer einzelnen Woche.</numerusform>
            <numerusform>Jede Linie ist ein gleitender Mittelwert über %n Wochen; zeig mit der Maus darauf für die Werte einer einzelnen Woche.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="852"/>
        <source>No relationship check-ins in this range yet.</source>
        <translation>In diesem Zeitraum noch keine Beziehungs-Check-ins.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/trends.py" line="888"/>
        <source>{year}: a check-in on %n days.</source>
        <translation>
            <numerusform>{year}: an %n Tag ein Check-in.</numerusform>
            <numerusform>{year}: an %n Tagen ein Check-in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="893"/>
        <source>The year could not be worked out: {error}</source>
        <translation>Das Jahr ließ sich nicht berechnen: {error}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/trends.py" line="909"/>
        <source>{week}: no check-in</source>
        <translation>{week}: kein Check-in</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="334"/>
        <source>This backup is encrypted</source>
        <translation>Diese Sicherung ist verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="335"/>
        <source>Enter the passphrase the journal had when this backup was made.</source>
        <translation>Gib die Passphrase ein, die das Tagebuch hatte, als diese Sicherung entstand.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="372"/>
        <source>it could not be unlocked</source>
        <translation>sie ließ sich nicht entsperren</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="231"/>
        <source>Can&apos;t open it? Set this file aside and restore a backup…</source>
        <translation>Lässt es sich nicht öffnen? Diese Datei beiseitelegen und eine Sicherung wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="91"/>
        <source>Journal locked</source>
        <translation>Tagebuch gesperrt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="92"/>
        <source>Your journal is locked</source>
        <translation>Dein Tagebuch ist gesperrt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="99"/>
        <source>Enter your passphrase to open it. Take your time.</source>
        <translation>Gib deine Passphrase ein, um es zu öffnen. Lass dir Zeit.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="101"/>
        <source>Your journal was hidden while you were away.</source>
        <translation>Dein Tagebuch war verborgen, während du weg warst.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="109"/>
        <location filename="../../attune_journal/ui/unlock.py" line="110"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="113"/>
        <source>Show passphrase</source>
        <translation>Passphrase zeigen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="120"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="120"/>
        <source>Show my journal</source>
        <translation>Mein Tagebuch zeigen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="128"/>
        <source>Unlock message</source>
        <translation>Hinweis zum Entsperren</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="186"/>
        <source>Type your passphrase, then press Enter.</source>
        <translation>Tipp deine Passphrase ein und drück dann Enter.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/unlock.py" line="195"/>
        <source>{problem} Check Caps Lock and the keyboard layout.</source>
        <translation>{problem} Prüf die Feststelltaste und die Tastaturbelegung.</translation>
    </message>
</context>
<context>
    <name>WeekReview</name>
    <message>
        <location filename="../../attune_journal/core/review.py" line="63"/>
        <source>Pleasant and energised</source>
        <translation>Angenehm und energiegeladen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="64"/>
        <source>Pleasant and calm</source>
        <translation>Angenehm und ruhig</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="65"/>
        <source>Unpleasant and energised</source>
        <translation>Unangenehm und energiegeladen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="66"/>
        <source>Unpleasant and low</source>
        <translation>Unangenehm und gedämpft</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="67"/>
        <location filename="../../attune_journal/core/review.py" line="244"/>
        <source>Your own words</source>
        <translation>Deine eigenen Wörter</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="229"/>
        <source>no change</source>
        <translation>keine Veränderung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="250"/>
        <source>Week of {days}</source>
        <translation>Woche vom {days}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="257"/>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="260"/>
        <source>No check-ins or notes this week. That&apos;s all right: some weeks are for living rather than writing.</source>
        <translation>Diese Woche keine Check-ins oder Notizen. Das ist in Ordnung: Manche Wochen sind zum Leben da, nicht zum Schreiben.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="270"/>
        <source>Days with a check-in: {days} of 7</source>
        <translation>Tage mit Check-in: {days} von 7</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="274"/>
        <source>Check-ins: {checkins}; notes: {notes}</source>
        <translation>Check-ins: {checkins}; Notizen: {notes}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="282"/>
        <source>Average activation: {value} (0–10)</source>
        <translation>Durchschnittliche Aktivierung: {value} (0–10)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="288"/>
        <source>Readings inside your window ({low}–{high}): {inside} (above: {above}, below: {below})</source>
        <translation>Werte in deinem Fenster ({low}–{high}): {inside} (darüber: {above}, darunter: {below})</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="301"/>
        <source>No activation readings this week</source>
        <translation>Diese Woche keine Werte zur Aktivierung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="306"/>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="313"/>
        <source>Numbers add up intensity (1 faint, 2 clear, 3 strong).</source>
        <translation>Die Zahlen zählen die Stärke zusammen (1 leicht, 2 deutlich, 3 stark).</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="319"/>
        <source>Need</source>
        <translation>Bedürfnis</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="320"/>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="321"/>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="324"/>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="338"/>
        <source>Also alive this week: {needs}.</source>
        <translation>Außerdem lebendig diese Woche: {needs}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="344"/>
        <source>What seemed to help</source>
        <translation>Was zu helfen schien</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="348"/>
        <source>One week is a small sample: these are hints, not proof.</source>
        <translation>Eine Woche ist eine kleine Stichprobe: Das sind Hinweise, keine Beweise.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="353"/>
        <source>Body hot spots</source>
        <translation>Wo sich der Körper oft gemeldet hat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/review.py" line="358"/>
        <source>{region}: noticed %n times, mostly {family}</source>
        <translation>
            <numerusform>{region}: %n Mal gespürt, meist {family}</numerusform>
            <numerusform>{region}: %n Mal gespürt, meist {family}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/review.py" line="362"/>
        <source>{region}: noticed %n times</source>
        <translation>
            <numerusform>{region}: %n Mal gespürt</numerusform>
            <numerusform>{region}: %n Mal gespürt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="370"/>
        <source>Pillar</source>
        <translation>Säule</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="371"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="372"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="375"/>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="389"/>
        <source>Scores run from 1 to 5; they show a direction, never a grade.</source>
        <translation>Die Werte reichen von 1 bis 5; sie zeigen eine Richtung, niemals eine Note.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="396"/>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="402"/>
        <source>My reflection</source>
        <translation>Meine Gedanken</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="405"/>
        <source>What went well</source>
        <translation>Was gut war</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="406"/>
        <source>What was hard</source>
        <translation>Was schwer war</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="408"/>
        <source>Intention for next week</source>
        <translation>Vorhaben für nächste Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="413"/>
        <source>Nothing written for this week yet.</source>
        <translation>Für diese Woche ist noch nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/review.py" line="419"/>
        <source>(left blank)</source>
        <translation>(leer gelassen)</translation>
    </message>
</context>
<context>
    <name>WeekScreen</name>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="62"/>
        <location filename="../../attune_journal/ui/week.py" line="98"/>
        <location filename="../../attune_journal/ui/week.py" line="99"/>
        <source>Export this week as Markdown</source>
        <translation>Diese Woche als Markdown exportieren</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="64"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="82"/>
        <source>← Previous week</source>
        <translation>← Vorige Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="83"/>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="85"/>
        <source>Next week →</source>
        <translation>Nächste Woche →</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="86"/>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="88"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="94"/>
        <source>Pick a day to see its week</source>
        <translation>Einen Tag wählen, um seine Woche zu sehen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="95"/>
        <source>Pick any day to see the week it belongs to</source>
        <translation>Wähl einen beliebigen Tag, um die Woche zu sehen, zu der er gehört</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="97"/>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="117"/>
        <source>Week shown</source>
        <translation>Gezeigte Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="124"/>
        <source>This week&apos;s review</source>
        <translation>Rückblick auf diese Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="130"/>
        <source>What went well</source>
        <translation>Was gut war</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="130"/>
        <source>Small things count too…</source>
        <translation>Kleine Dinge zählen auch…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="131"/>
        <source>What was hard</source>
        <translation>Was schwer war</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="131"/>
        <source>No need to fix it here…</source>
        <translation>Hier musst du nichts lösen…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="134"/>
        <source>Intention for next week</source>
        <translation>Vorhaben für nächste Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="135"/>
        <source>One gentle thing to carry forward…</source>
        <translation>Eine behutsame Sache, die du mitnimmst…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="150"/>
        <source>Reflection save status</source>
        <translation>Speicherstatus der Gedanken</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="154"/>
        <source>Your reflection (saved as you type)</source>
        <translation>Deine Gedanken (werden beim Tippen gespeichert)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="271"/>
        <source>No check-ins this week, and that&apos;s all right. Some weeks are for living rather than writing. You can still jot down a few words on the right.</source>
        <translation>Diese Woche keine Check-ins, und das ist in Ordnung. Manche Wochen sind zum Leben da, nicht zum Schreiben. Rechts kannst du trotzdem ein paar Worte notieren.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="275"/>
        <source>What stands out, with this week in it</source>
        <translation>Was auffällt, mit dieser Woche</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="310"/>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="334"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="381"/>
        <source>The week could not be exported: {error}</source>
        <translation>Die Woche ließ sich nicht exportieren: {error}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/week.py" line="386"/>
        <source>Exported to {path}.</source>
        <translation>Exportiert nach {path}.</translation>
    </message>
</context>
<context>
    <name>WeekSection</name>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="31"/>
        <source>Week and reminder</source>
        <translation>Woche und Erinnerung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="38"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="39"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="40"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="41"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="42"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="43"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="44"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="48"/>
        <source>Week starts on</source>
        <translation>Woche beginnt am</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="50"/>
        <source>&amp;Week starts on</source>
        <translation>&amp;Woche beginnt am</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="52"/>
        <source>Remind me once a day</source>
        <translation>Einmal am Tag erinnern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="57"/>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="66"/>
        <source>Daily reminder</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="67"/>
        <source>A gentle nudge, never a streak. Missing a day is fine.</source>
        <translation>Ein sanfter Anstoß, nie eine Serie. Pausen sind in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="73"/>
        <source>Remind me even when Attune Journal is closed</source>
        <translation>Auch erinnern, wenn Attune Journal geschlossen ist</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="87"/>
        <source>week starts on {day}</source>
        <translation>Woche beginnt am {day}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="101"/>
        <source>daily reminder at {time}</source>
        <translation>tägliche Erinnerung um {time}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="104"/>
        <source>daily reminder off</source>
        <translation>tägliche Erinnerung aus</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="120"/>
        <source>the reminder comes even when the app is closed</source>
        <translation>die Erinnerung kommt auch, wenn die App geschlossen ist</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="122"/>
        <source>the reminder comes only while the app is open</source>
        <translation>die Erinnerung kommt nur, solange die App offen ist</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/settings/week.py" line="143"/>
        <source>The reminder for when the app is closed is not set up: {error}</source>
        <translation>Die Erinnerung bei geschlossener App ist nicht eingerichtet: {error}</translation>
    </message>
</context>
<context>
    <name>Weeks</name>
    <message>
        <location filename="../../attune_journal/core/weeks.py" line="24"/>
        <source>&apos;{label}&apos; is not a week like 2026-W47.</source>
        <translation>„{label}“ ist keine Woche wie 2026-W47.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/weeks.py" line="31"/>
        <source>{year} has no week {week}.</source>
        <translation>{year} hat keine Woche {week}.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/core/weeks.py" line="35"/>
        <source>&apos;{label}&apos; is at the very edge of the calendar; weeks from {first} to {last} can be shown.</source>
        <translation>„{label}“ liegt ganz am Rand des Kalenders; gezeigt werden können die Wochen von {first} bis {last}.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../attune_journal/ui/welcome.py" line="21"/>
        <source>Welcome to Attune Journal</source>
        <translation>Willkommen bei Attune Journal</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/welcome.py" line="24"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/welcome.py" line="31"/>
        <source>&lt;p&gt;This is a private journal for a few quiet minutes a day: noticing your body, naming feelings, finding what you need, and learning what helps you settle.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It is a journal, not therapy.&lt;/b&gt; It makes no diagnosis and gives no verdicts; what you write means what you say it means.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Everything stays on this computer.&lt;/b&gt; Nothing is ever sent anywhere: no account, no cloud, no internet connection at all.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Every step can be skipped.&lt;/b&gt; A few words are enough, and there is no streak to keep.&lt;/p&gt;&lt;p&gt;If things get heavy, &lt;b&gt;Need support now?&lt;/b&gt; is always one click away, at the bottom left and under Help (F1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dies ist ein privates Tagebuch für ein paar ruhige Minuten am Tag: deinen Körper wahrnehmen, Gefühle benennen, herausfinden, was du brauchst, und lernen, was dir hilft, wieder ins Gleichgewicht zu kommen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Es ist ein Tagebuch, keine Therapie.&lt;/b&gt; Es stellt keine Diagnosen und fällt keine Urteile; was du schreibst, bedeutet das, was du damit meinst.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Alles bleibt auf diesem Computer.&lt;/b&gt; Nichts wird jemals irgendwohin gesendet: kein Konto, keine Cloud, überhaupt keine Internetverbindung.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Jeden Schritt kannst du überspringen.&lt;/b&gt; Ein paar Worte genügen, und es gibt keine Serie, die du halten musst.&lt;/p&gt;&lt;p&gt;Wenn es schwer wird, ist &lt;b&gt;Brauchst du Hilfe?&lt;/b&gt; immer nur einen Klick entfernt, unten links und im Menü Hilfe (F1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/welcome.py" line="50"/>
        <source>Begin</source>
        <translation>Los geht’s</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <location filename="../../attune_journal/ui/checkin.py" line="460"/>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="138"/>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="157"/>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="165"/>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="183"/>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="250"/>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="251"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="112"/>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="115"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="118"/>
        <source>When this happened, in your local time: type a date and time like 2026-11-01 21:30, or yesterday 21:30, or just 21:30 for today. Alt+Down picks a day from a calendar, and Alt+W jumps to this field. Now uses the current time.</source>
        <translation>Wann das war, in deiner Ortszeit: Tipp ein Datum mit Uhrzeit wie 2026-11-01 21:30 ein, oder gestern 21:30, oder nur 21:30 für heute. Alt+↓ wählt einen Tag im Kalender, und Alt+W springt in dieses Feld. Jetzt nimmt die aktuelle Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="133"/>
        <source>Pick the day from a calendar</source>
        <translation>Den Tag im Kalender wählen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="134"/>
        <source>Pick the day from a calendar (Alt+Down)</source>
        <translation>Den Tag im Kalender wählen (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="139"/>
        <source>Use the current time</source>
        <translation>Aktuelle Uhrzeit nehmen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="140"/>
        <source>Use the current time instead</source>
        <translation>Stattdessen die aktuelle Uhrzeit nehmen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="158"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="159"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="211"/>
        <source>Add a time of day to “{text}”, like {text} 21:30.</source>
        <translation>Ergänz eine Uhrzeit zu „{text}“, etwa {text} 21:30.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="214"/>
        <source>{text} did not happen here: the clocks skipped that hour when they went forward. Choose a time just before or after it.</source>
        <translation>{text} gab es hier nicht: Bei der Zeitumstellung wurde diese Stunde übersprungen. Wähl eine Zeit kurz davor oder danach.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="219"/>
        <source>{text} is more than a day from now. The journal keeps what has already happened, so choose a time up to now.</source>
        <translation>{text} liegt mehr als einen Tag in der Zukunft. Das Tagebuch hält fest, was schon geschehen ist – wähl also eine Zeit bis jetzt.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="224"/>
        <source>“{text}” is out of range. Choose a date and time like 2026-11-01 21:30.</source>
        <translation>„{text}“ liegt außerhalb des möglichen Bereichs. Wähl ein Datum mit Uhrzeit wie 2026-11-01 21:30.</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/when_edit.py" line="227"/>
        <source>“{text}” is not a date and time. Try 2026-11-01 21:30, yesterday 21:30, or Now.</source>
        <translation>„{text}“ ist kein Datum mit Uhrzeit. Versuch es mit 2026-11-01 21:30, gestern 21:30 oder Jetzt.</translation>
    </message>
</context>
<context>
    <name>YearCalendar</name>
    <message>
        <location filename="../../attune_journal/ui/widgets/year_calendar.py" line="85"/>
        <source>pleasant and energised</source>
        <translation>angenehm und voller Energie</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/year_calendar.py" line="86"/>
        <source>pleasant and calm</source>
        <translation>angenehm und ruhig</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/year_calendar.py" line="87"/>
        <source>unpleasant and energised</source>
        <translation>unangenehm und aufgewühlt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/year_calendar.py" line="88"/>
        <source>unpleasant and low</source>
        <translation>unangenehm und niedergeschlagen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/year_calendar.py" line="172"/>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday}, {day}. {month}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/year_calendar.py" line="179"/>
        <source>{when}: nothing written</source>
        <translation>{when}: nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/year_calendar.py" line="183"/>
        <source>mostly {feelings}</source>
        <translation>meist {feelings}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/year_calendar.py" line="185"/>
        <source>no feelings placed on the grid</source>
        <translation>keine Gefühle im Raster</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/year_calendar.py" line="188"/>
        <source>no activation readings</source>
        <translation>keine Werte zur Aktivierung</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/year_calendar.py" line="191"/>
        <source>{share}% of readings in your window</source>
        <translation>{share} % der Werte in deinem Fenster</translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/ui/widgets/year_calendar.py" line="194"/>
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/year_calendar.py" line="198"/>
        <source>A year in feelings, {year}</source>
        <translation>Ein Jahr in Gefühlen, {year}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/year_calendar.py" line="214"/>
        <source>Each day shows its main feelings by pattern and colour. The solid part, from the bottom, is the share of that day&apos;s activation readings inside your window. Grey: written, with no feelings on the grid.</source>
        <translation>Jeder Tag zeigt seine wichtigsten Gefühle als Muster und Farbe. Der gefüllte Teil, von unten, ist der Anteil der Aktivierungswerte dieses Tages, die in deinem Fenster lagen. Grau: geschrieben, aber keine Gefühle im Raster.</translation>
    </message>
</context>
<context>
    <name>YearInFeelings</name>
    <message numerus="yes">
        <location filename="../../attune_journal/core/year.py" line="90"/>
        <source>A check-in on %n of the last {recent} days of {year}.</source>
        <translation>
            <numerusform>An %n von den letzten {recent} Tagen des Jahres {year} ein Check-in.</numerusform>
            <numerusform>An %n von den letzten {recent} Tagen des Jahres {year} ein Check-in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../attune_journal/core/year.py" line="96"/>
        <source>A check-in on %n of the last {recent} days.</source>
        <translation>
            <numerusform>An %n von den letzten {recent} Tagen ein Check-in.</numerusform>
            <numerusform>An %n von den letzten {recent} Tagen ein Check-in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearView</name>
    <message>
        <location filename="../../attune_journal/ui/widgets/year_calendar.py" line="581"/>
        <location filename="../../attune_journal/ui/widgets/year_calendar.py" line="582"/>
        <source>Previous year</source>
        <translation>Voriges Jahr</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/year_calendar.py" line="585"/>
        <location filename="../../attune_journal/ui/widgets/year_calendar.py" line="586"/>
        <source>Next year</source>
        <translation>Nächstes Jahr</translation>
    </message>
</context>
<context>
    <name>_ChosenRow</name>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="864"/>
        <source>On the grid</source>
        <translation>Im Raster</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="867"/>
        <source>Your own word (not on the grid)</source>
        <translation>Dein eigenes Wort (nicht im Raster)</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="878"/>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="879"/>
        <source>Remove {word}</source>
        <translation>{word} entfernen</translation>
    </message>
</context>
<context>
    <name>_RunningDialog</name>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="173"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="177"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="186"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="263"/>
        <source>Something went wrong that the app did not expect: {error}. {unchanged}</source>
        <translation>Etwas ist schiefgegangen, womit die App nicht gerechnet hat: {error}. {unchanged}</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/exchange_dialogs.py" line="302"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>_SuggestionOffer</name>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="996"/>
        <source>Did you mean</source>
        <translation>Meintest du</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1002"/>
        <source>“{typed}” is not in the feelings list. Did you mean “{word}”?</source>
        <translation>„{typed}“ steht nicht in der Liste der Gefühle. Meintest du „{word}“?</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1006"/>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1007"/>
        <source>Use “{word}”</source>
        <translation>„{word}“ nehmen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1009"/>
        <source>Add “{word}” from the feelings list</source>
        <translation>„{word}“ aus der Liste der Gefühle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1011"/>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1012"/>
        <source>Keep “{word}”</source>
        <translation>„{word}“ behalten</translation>
    </message>
    <message>
        <location filename="../../attune_journal/ui/widgets/mood_grid.py" line="1014"/>
        <source>Add “{word}” as your own word</source>
        <translation>„{word}“ als dein eigenes Wort hinzufügen</translation>
    </message>
</context>
</TS>
