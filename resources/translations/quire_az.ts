<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name></name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="+68"/>
        <source>You have no backup of your diary yet. If this laptop is lost or taken, the evidence goes with it. Use “Backup and restore…” to save one on a USB stick.</source>
        <translation>Gündəliyinizin hələ ehtiyat nüsxəsi yoxdur. Bu noutbuk itsə və ya götürülsə, sübutlar da onunla birlikdə gedər. USB yaddaşda nüsxə saxlamaq üçün “Ehtiyat nüsxə və bərpa…” bölməsindən istifadə edin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your last backup is {days} days old. Save a new one (“Backup and restore…”) so it holds your latest incidents and evidence.</source>
        <translation>Son ehtiyat nüsxənizin yaşı {days} gündür. Ən son hadisələr və sübutlar da daxil olsun deyə yenisini saxlayın (“Ehtiyat nüsxə və bərpa…”).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You have not made a backup yet.</source>
        <translation>Hələ ehtiyat nüsxə çıxarmamısınız.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last backup: today ({date}).</source>
        <translation>Son ehtiyat nüsxə: bu gün ({date}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup: yesterday ({date}).</source>
        <translation>Son ehtiyat nüsxə: dünən ({date}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup: {days} days ago ({date}).</source>
        <translation>Son ehtiyat nüsxə: {days} gün əvvəl ({date}).</translation>
    </message>
    <message>
        <location filename="../../ui/diary/detail_view.py" line="+143"/>
        <source>Receipt</source>
        <translation>Qəbz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send each receipt to your lawyer by another channel the day you record the file: it shows later that the file existed by then.</source>
        <translation>Hər qəbzi faylı qeyd etdiyiniz gün başqa kanalla vəkilinizə göndərin: sonradan faylın o vaxt artıq mövcud olduğunu göstərir.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Complaints</source>
        <translation>Şikayətlər</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ref.</source>
        <translation>istinad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>final decision</source>
        <translation>yekun qərar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record an answer…</source>
        <translation>Cavabı qeyd et…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record a complaint you made…</source>
        <translation>Verdiyiniz şikayəti qeyd edin…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Incident details</source>
        <translation>Hadisənin təfərrüatları</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/items.py" line="+58"/>
        <source>{format} image</source>
        <translation>{format} şəkli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document</source>
        <translation>PDF sənədi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web page</source>
        <translation>Veb səhifə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON data</source>
        <translation>JSON məlumatları</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Mətn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive</source>
        <translation>Arxiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Sənəd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheet</source>
        <translation>Cədvəl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation</source>
        <translation>Təqdimat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TEXT</source>
        <translation>MƏTN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AUDIO</source>
        <translation>AUDIO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VIDEO</source>
        <translation>VIDEO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ARCH</source>
        <translation>ARX</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FILE</source>
        <translation>FAYL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added {time}</source>
        <translation>əlavə edilib: {time}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/evidence_zone.py" line="+78"/>
        <source>Screenshots and files for this incident</source>
        <translation>Bu hadisə üçün ekran şəkilləri və fayllar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop screenshots or files here, or paste a screenshot with Ctrl+V. They wait encrypted in the draft and are added to the incident when you save.</source>
        <translation>Ekran şəkillərini və ya faylları bura sürüşdürün, yaxud ekran şəklini Ctrl+V ilə yapışdırın. Onlar qaralamada şifrələnmiş saxlanılır və hadisəni yadda saxlayanda ona əlavə olunur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;files…</source>
        <translation>&amp;Fayl əlavə et…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste screenshot</source>
        <translation>Ekran şəklini yapışdır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the picture on the clipboard, without saving it to a file (Ctrl+V)</source>
        <translation>Mübadilə buferindəki şəkli fayla yazmadan əlavə et (Ctrl+V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Çıxar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected file from this incident</source>
        <translation>Seçilmiş faylı bu hadisədən çıxar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files waiting to be added</source>
        <translation>Əlavə olunmağı gözləyən fayllar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Gedişat</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../ui/evidence/items.py" line="+2"/>
        <source>seen {time}</source>
        <translation>görülüb: {time}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/items.py" line="+9"/>
        <source>SHA-256: {hash}</source>
        <translation>SHA-256: {hash}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: {url}</source>
        <translation>Mənbə: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/panic.py" line="+60"/>
        <location line="+63"/>
        <source>Panic wipe</source>
        <translation>Təcili silmə</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Destroy the diary on this computer now? This cannot be undone. Backups kept elsewhere are not affected.</source>
        <translation>Bu kompüterdəki gündəlik indi məhv edilsin? Bunu geri qaytarmaq mümkün deyil. Başqa yerdə saxlanan ehtiyat nüsxələrə təsir etmir.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The diary could not be wiped: {error}</source>
        <translation>Gündəliyi silmək mümkün olmadı: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/common.py" line="+59"/>
        <source>Fingerprint</source>
        <translation>Barmaq izi</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This bundle was not sealed for this key. Check that you chose your organisation&apos;s key file (it begins with AGE-SECRET-KEY-), or the passphrase the sender gave you.</source>
        <translation>Bu paket bu açar üçün möhürlənməyib. Təşkilatınızın açar faylını (AGE-SECRET-KEY- ilə başlayır) və ya göndərənin verdiyi parol ifadəsini seçdiyinizi yoxlayın.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is damaged or was altered after it was made ({detail}). Nothing was written. Ask the sender for a new copy.</source>
        <translation>Bu fayl zədələnib və ya yaradıldıqdan sonra dəyişdirilib ({detail}). Heç nə yazılmadı. Göndərəndən yeni surət istəyin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quire may not write or read there ({detail}). Choose another place.</source>
        <translation>Quire orada yaza və ya oxuya bilmir ({detail}). Başqa yer seçin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk reported a problem: {detail}</source>
        <translation>Disk problem bildirdi: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something unexpected went wrong: {detail}</source>
        <translation>Gözlənilməz xəta baş verdi: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/chats/delegate.py" line="+40"/>
        <source>text</source>
        <translation>mətn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>silinib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsent</source>
        <translation>geri götürülüb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system notice</source>
        <translation>sistem bildirişi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service message</source>
        <translation>xidməti mesaj</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Reading…</source>
        <translation>Oxunur…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(no sender)</source>
        <translation>(göndərən yoxdur)</translation>
    </message>
    <message>
        <location filename="../../ui/chats/import_flow.py" line="+150"/>
        <source>Imported 1 conversation from {format}.</source>
        <translation>{format} ixracından 1 yazışma idxal edildi.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n conversations from {format}.</source>
        <translation>
            <numerusform>{format} ixracından %n yazışma idxal edildi.</numerusform>
            <numerusform>{format} ixracından %n yazışma idxal edildi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 of the export: {hash}</source>
        <translation>İxracın SHA-256 izi: {hash}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages by kind:</source>
        <translation>Növlərə görə mesajlar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First: {time}</source>
        <translation>İlk: {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last: {time}</source>
        <translation>Son: {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants: {names}</source>
        <translation>İştirakçılar: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>day first</source>
        <translation>əvvəlcə gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month first</source>
        <translation>əvvəlcə ay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year first</source>
        <translation>əvvəlcə il</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date order: {order}</source>
        <translation>Tarix sırası: {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone: {zone}</source>
        <translation>Saat qurşağı: {zone}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account sessions (devices, IP addresses): {n}</source>
        <translation>Hesab sessiyaları (cihazlar, IP ünvanları): {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided while reading:</source>
        <translation>Oxunarkən qərar verildi:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings:</source>
        <translation>Xəbərdarlıqlar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines that could not be read: {n}</source>
        <translation>Oxuna bilməyən sətirlər: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/diary/incident_model.py" line="+41"/>
        <source>severity not set</source>
        <translation>ciddilik göstərilməyib</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>severity %1 of 5, %2</source>
        <translation>ciddilik 5-dən %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/intake_controller.py" line="+159"/>
        <source>Add evidence files</source>
        <translation>Sübut faylları əlavə et</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adding “{name}”…</source>
        <translation>“{name}” əlavə olunur…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Adding %n files…</source>
        <translation>
            <numerusform>%n fayl əlavə olunur…</numerusform>
            <numerusform>%n fayl əlavə olunur…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to paste</source>
        <translation>Yapışdırmağa heç nə yoxdur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds no picture. Take a screenshot (for example with Print Screen, or Shift+Cmd+4 on a Mac), then paste it here.</source>
        <translation>Mübadilə buferində şəkil yoxdur. Ekran şəkli çəkin (məsələn, Print Screen ilə və ya Mac-da Shift+Cmd+4 ilə), sonra onu bura yapışdırın.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Adding the screenshot…</source>
        <translation>Ekran şəkli əlavə olunur…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>could not be read</source>
        <translation>oxunmadı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a file (folders are not added)</source>
        <translation>fayl deyil (qovluqlar əlavə olunmur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>not added: the disk is full</source>
        <translation>əlavə olunmadı: disk doludur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not added</source>
        <translation>əlavə olunmadı</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some files were not added:</source>
        <translation>Bəzi fayllar əlavə olunmadı:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is not enough free space on this computer&apos;s disk. Free some space, then add these files again.</source>
        <translation>Bu kompüterin diskində kifayət qədər boş yer yoxdur. Yer boşaldın, sonra bu faylları yenidən əlavə edin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was lost: these original files were not touched.</source>
        <translation>Heç nə itmədi: bu orijinal fayllara toxunulmayıb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some files were not added</source>
        <translation>Bəzi fayllar əlavə olunmadı</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/paste_dialog.py" line="+49"/>
        <source>Add the screenshot</source>
        <translation>Ekran şəklini əlavə et</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pasted picture</source>
        <translation>Yapışdırılan şəkil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File name</source>
        <translation>Faylın adı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where you saw it</source>
        <translation>Onu harada gördünüz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address or channel, e.g. https://t.me/… (optional)</source>
        <translation>Veb ünvan və ya kanal, məsələn https://t.me/… (məcburi deyil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you saw it</source>
        <translation>Onu nə vaxt gördünüz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seen at:</source>
        <translation>&amp;Harada görülüb:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen &amp;on:</source>
        <translation>&amp;Nə vaxt görülüb:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Əlavə et</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the file a name.</source>
        <translation>Fayla ad verin.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Please check the answers</source>
        <translation>Cavabları yoxlayın</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/drafts_offer.py" line="+43"/>
        <source>It also holds %n files waiting to be added.</source>
        <translation>
            <numerusform>Orada həmçinin əlavə olunmağı gözləyən %n fayl var.</numerusform>
            <numerusform>Orada həmçinin əlavə olunmağı gözləyən %n fayl var.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The %n files waiting with it are deleted too.</source>
        <translation>
            <numerusform>Onunla birlikdə gözləyən %n fayl da silinəcək.</numerusform>
            <numerusform>Onunla birlikdə gözləyən %n fayl da silinəcək.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/complaints/complaint_dialog.py" line="+47"/>
        <source>No answer for %n day(s).</source>
        <translation>
            <numerusform>%n gündür cavab yoxdur.</numerusform>
            <numerusform>%n gündür cavab yoxdur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered on %1.</source>
        <translation>%1 tarixində cavab verilib.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Final decision on %1. The four months to apply to the European Court ended on %2.</source>
        <translation>Yekun qərar %1 tarixindədir. Avropa Məhkəməsinə müraciət üçün dörd ay %2 tarixində bitib.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Final decision on %1. Apply to the European Court by %2: %n day(s) left.</source>
        <translation>
            <numerusform>Yekun qərar %1 tarixindədir. Avropa Məhkəməsinə %2 tarixinədək müraciət edin: %n gün qalıb.</numerusform>
            <numerusform>Yekun qərar %1 tarixindədir. Avropa Məhkəməsinə %2 tarixinədək müraciət edin: %n gün qalıb.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+36"/>
        <source>About Quire</source>
        <translation>Quire haqqında</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version {version}, built from commit {commit}</source>
        <translation>Versiya {version}, {commit} kommitindən yığılıb</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An encrypted, offline diary of harassment. Quire is free software under the GNU General Public License, version 3 or later. It ships the components below; each one&apos;s licence text is shown in full.</source>
        <translation>Təqiblərin şifrələnmiş, oflayn gündəliyi. Quire GNU Ümumi İctimai Lisenziyasının (GNU General Public License) 3-cü və ya daha sonrakı versiyası ilə yayılan azad proqramdır. Aşağıdakı komponentlərlə birlikdə gəlir; hər birinin lisenziya mətni tam göstərilir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Components and their licences</source>
        <translation>Komponentlər və onların lisenziyaları</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Licence text</source>
        <translation>Lisenziya mətni</translation>
    </message>
</context>
<context>
    <name>ActorsWindow</name>
    <message>
        <location filename="../../ui/actors/actors_window.py" line="+83"/>
        <location line="+13"/>
        <source>Actors</source>
        <translation>İştirakçılar</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name, phone number, @handle, link…</source>
        <translation>Ad, telefon nömrəsi, @ad, keçid…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search actors</source>
        <translation>İştirakçıları axtar</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+36"/>
        <source>Identifiers</source>
        <translation>İdentifikatorlar</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As written</source>
        <translation>Yazıldığı kimi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First seen</source>
        <translation>İlk dəfə</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last seen</source>
        <translation>Son dəfə</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timeline</source>
        <translation>Xronologiya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Nə</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Phone number</source>
        <translation>Telefon nömrəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle</source>
        <translation>Hesab adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Veb ünvan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform id</source>
        <translation>Platformadakı identifikator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Add an &amp;identifier…</source>
        <translation>&amp;İdentifikator əlavə et…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge with…</source>
        <translation>&amp;Birləşdir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Split off the chosen identifiers</source>
        <translation>Seçilmiş identifikatorları &amp;ayır</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Incidents and messages, oldest first</source>
        <translation>Hadisələr və mesajlar, əvvəlcə köhnələr</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+44"/>
        <source>(no name)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Incident %1</source>
        <translation>Hadisə %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>There is no other actor to merge with.</source>
        <translation>Birləşdirmək üçün başqa iştirakçı yoxdur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge actors</source>
        <translation>İştirakçıları birləşdir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same actor as:</source>
        <translation>Bu iştirakçı ilə eynidir:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merged. Every incident and identifier is kept.</source>
        <translation>Birləşdirildi. Bütün hadisələr və identifikatorlar saxlanıldı.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the identifiers that belong to someone else.</source>
        <translation>Başqasına aid olan identifikatorları seçin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Split off as a new actor.</source>
        <translation>Yeni iştirakçı kimi ayrıldı.</translation>
    </message>
</context>
<context>
    <name>AddContactForm</name>
    <message>
        <location filename="../../ui/sharing/contacts.py" line="+50"/>
        <source>Organisation name</source>
        <translation>Təşkilatın adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Legal Aid Centre</source>
        <translation>məs. Hüquqi Yardım Mərkəzi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation&apos;s key</source>
        <translation>Təşkilatın açarı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age1… (the key the organisation gave you)</source>
        <translation>age1… (təşkilatın sizə verdiyi açar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key check</source>
        <translation>Açarın yoxlanması</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a &amp;card or a picture…</source>
        <translation>&amp;Kartdan və ya şəkildən…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the organisation&apos;s contact card, or a photo or screenshot of its QR code</source>
        <translation>Təşkilatın kontakt kartını və ya QR kodunun fotosunu, yaxud ekran şəklini açın</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add to the address book</source>
        <translation>Ünvan kitabçasına ə&amp;lavə et</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Na&amp;me</source>
        <translation>A&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key</source>
        <translation>&amp;Açar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This key is not valid: {why}</source>
        <translation>Bu açar etibarsızdır: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key is well formed. Its fingerprint: {fp}</source>
        <translation>Açarın formatı düzgündür. Onun barmaq izi: {fp}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The organisation&apos;s card or QR picture</source>
        <translation>Təşkilatın kartı və ya QR şəkli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact cards and pictures (*.quire-contact *.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Kontakt kartları və şəkillər (*.quire-contact *.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading…</source>
        <translation>Oxunur…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{name} was added. Now compare its fingerprint with them.</source>
        <translation>{name} əlavə edildi. İndi barmaq izini onlarla müqayisə edin.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="+142"/>
        <source>Backup and restore</source>
        <translation>Ehtiyat nüsxə və bərpa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up your diary</source>
        <translation>Gündəliyinizin ehtiyat nüsxəsini çıxarın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup</source>
        <translation>Son ehtiyat nüsxə</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup is one file holding your whole diary and all its evidence, still encrypted. Save it on a USB stick or another disk and keep it away from this laptop: if the laptop is lost, taken or broken, your evidence survives.</source>
        <translation>Ehtiyat nüsxə bütün gündəliyinizi və onun bütün sübutlarını şifrələnmiş halda saxlayan bir fayldır. Onu USB yaddaşa və ya başqa diskə yazın və bu noutbukdan uzaqda saxlayın: noutbuk itsə, götürülsə və ya xarab olsa, sübutlarınız qalır.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup opens only with your passphrase (and your recovery code if you set one). A panic wipe cannot reach a backup kept elsewhere — keep it somewhere safe.</source>
        <translation>Ehtiyat nüsxə yalnız parol ifadənizlə (və təyin etmisinizsə, bərpa kodunuzla) açılır. Təcili silmə başqa yerdə saxlanan ehtiyat nüsxəyə çata bilməz — onu təhlükəsiz yerdə saxlayın.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save a backup…</source>
        <translation>Ehtiyat nüsxəni &amp;saxla…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring</source>
        <translation>Bərpa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To bring a backup back — on a new computer, or after a panic wipe — start Quire there and choose “Restore from a backup…” on the first screen. Quire checks every file in the backup before the diary appears.</source>
        <translation>Ehtiyat nüsxəni geri qaytarmaq üçün — yeni kompüterdə və ya təcili silmədən sonra — Quire-ı orada başladın və ilk ekranda “Ehtiyat nüsxədən bərpa et…” seçin. Gündəlik görünməzdən əvvəl Quire ehtiyat nüsxədəki hər faylı yoxlayır.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Save the backup</source>
        <translation>Ehtiyat nüsxəni saxla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quire backups (*.backup)</source>
        <translation>Quire ehtiyat nüsxələri (*.backup)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a place outside the diary&apos;s own folder — ideally a USB stick. A backup inside it would be lost with the diary.</source>
        <translation>Gündəliyin öz qovluğundan kənarda bir yer seçin — ən yaxşısı USB yaddaş. Onun içindəki ehtiyat nüsxə gündəliklə birlikdə itərdi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file with that name exists already. Choose another name.</source>
        <translation>Bu adda fayl artıq var. Başqa ad seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That folder does not exist. Choose another place.</source>
        <translation>Belə qovluq yoxdur. Başqa yer seçin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup saved: {path} ({size}, {files} files). Each file&apos;s hash is recorded in it; a restore checks them all. Keep it somewhere safe, away from this laptop.</source>
        <translation>Ehtiyat nüsxə saxlanıldı: {path} ({size}, {files} fayl). Hər faylın heşi onda qeyd olunub; bərpa zamanı hamısı yoxlanılır. Onu bu noutbukdan uzaqda, təhlükəsiz yerdə saxlayın.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup cancelled. No backup file was written.</source>
        <translation>Ehtiyat nüsxə ləğv edildi. Heç bir fayl yazılmadı.</translation>
    </message>
</context>
<context>
    <name>ChatImport</name>
    <message>
        <location filename="../../ui/chats/import_flow.py" line="+65"/>
        <location line="+20"/>
        <location line="+58"/>
        <source>Import a chat</source>
        <translation>Yazışmanı idxal et</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Importing the chat…</source>
        <translation>Yazışma idxal edilir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The chat could not be imported ({problem}). Nothing was imported.</source>
        <translation>Yazışmanı idxal etmək mümkün olmadı ({problem}). Heç nə idxal edilmədi.</translation>
    </message>
</context>
<context>
    <name>ChatsWindow</name>
    <message>
        <location filename="../../ui/chats/chats_window.py" line="+92"/>
        <location line="+12"/>
        <source>Chats</source>
        <translation>Yazışmalar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a chat…</source>
        <translation>Yazışmanı idxal et…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Search this chat</source>
        <translation>Bu yazışmada axtar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Əvvəlki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Növbəti</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Go to date</source>
        <translation>Tarixə keç</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The chosen message</source>
        <translation>Seçilmiş mesaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open attachment</source>
        <translation>Əlavəni aç</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy message</source>
        <translation>Mesajı kopyala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to incident…</source>
        <translation>Hadisəyə əlavə et…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the chosen messages to an incident, each cited by its place in the export</source>
        <translation>Seçilmiş mesajları hadisəyə əlavə edin; hər biri ixracdakı yeri ilə istinad olunur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who sent it…</source>
        <translation>Kim göndərib…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say which actor this sender is, so the actor&apos;s view lists these messages</source>
        <translation>Bu göndərənin hansı iştirakçı olduğunu göstərin ki, iştirakçının görünüşündə bu mesajlar olsun</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+39"/>
        <source>(untitled)</source>
        <translation>(adsız)</translation>
    </message>
    <message numerus="yes">
        <location line="-36"/>
        <location line="+43"/>
        <source>%n messages</source>
        <translation>
            <numerusform>%n mesaj</numerusform>
            <numerusform>%n mesaj</numerusform>
        </translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No chats yet</source>
        <translation>Hələ yazışma yoxdur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use “Import a chat…” to add a WhatsApp, Telegram, Instagram or Messenger export.</source>
        <translation>WhatsApp, Telegram, Instagram və ya Messenger ixracını əlavə etmək üçün “Yazışmanı idxal et…” düyməsini basın.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>As written in the export: {shown} · {where} · message {index}</source>
        <translation>İxracda yazıldığı kimi: {shown} · {where} · mesaj {index}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind: {kind}</source>
        <translation>Növ: {kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forwarded from {name}</source>
        <translation>Yönləndirilib, mənbə: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited {time}</source>
        <translation>Redaktə edilib: {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachment: {name}</source>
        <translation>Əlavə: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachment not in the export: {name}</source>
        <translation>İxracda olmayan əlavə: {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A new actor: {name}</source>
        <translation>Yeni iştirakçı: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who sent it</source>
        <translation>Kim göndərib</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This sender is:</source>
        <translation>Bu göndərən:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} is now actor {id}: the Actors window lists these messages.</source>
        <translation>{name} indi {id} nömrəli iştirakçıdır: «İştirakçılar» pəncərəsi bu mesajları göstərir.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>An excerpt holds at most {max} messages; {n} are chosen.</source>
        <translation>Bir çıxarışda ən çoxu {max} mesaj ola bilər; {n} mesaj seçilib.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Adding…</source>
        <translation>Əlavə olunur…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Added %n message(s) to “{title}”.</source>
        <translation>
            <numerusform>%n mesaj “{title}” hadisəsinə əlavə olundu.</numerusform>
            <numerusform>%n mesaj “{title}” hadisəsinə əlavə olundu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+56"/>
        <source>Add to incident</source>
        <translation>Hadisəyə əlavə et</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Searching…</source>
        <translation>Axtarılır…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No messages match</source>
        <translation>Uyğun mesaj yoxdur</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source> (the first %n)</source>
        <translation>
            <numerusform> (ilk %n)</numerusform>
            <numerusform> (ilk %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} of {total}</source>
        <translation>{n} / {total}</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/complaints/complaint_dialog.py" line="+27"/>
        <source>Record an answer</source>
        <translation>Cavabı qeyd et</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a complaint</source>
        <translation>Şikayəti qeyd et</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof</source>
        <translation>Sübut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To: %1, filed on %2</source>
        <translation>Kimə: %1, %2 tarixində verilib</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Received on</source>
        <translation>&amp;Alınma tarixi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the answer says</source>
        <translation>Cavabda nə deyilir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What it says</source>
        <translation>&amp;Nə deyilir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the &amp;final domestic decision</source>
        <translation>Bu, ölkə daxilində &amp;yekun qərardır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The four months to apply to the European Court run from it.</source>
        <translation>Avropa Məhkəməsinə müraciət üçün dörd ay bundan hesablanır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer as &amp;evidence</source>
        <translation>Cavab &amp;sübut kimi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To whom</source>
        <translation>Kimə</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Yasamal district police</source>
        <translation>məsələn, Yasamal rayon polisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which body</source>
        <translation>Hansı orqan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference number</source>
        <translation>Müraciətin nömrəsi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you asked</source>
        <translation>Nə xahiş etdiniz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional</source>
        <translation>istəyə görə</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Remind me on</source>
        <translation>Xatırlat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;To</source>
        <translation>&amp;Kimə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Which body</source>
        <translation>&amp;Hansı orqan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filed on</source>
        <translation>&amp;Verilmə tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference number</source>
        <translation>Müraciətin &amp;nömrəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you &amp;asked</source>
        <translation>Nə xahiş &amp;etdiniz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proof of filing</source>
        <translation>Verilmənin &amp;sübutu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;mind me on</source>
        <translation>Xa&amp;tırlat</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Give the date.</source>
        <translation>Tarixi göstərin.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../ui/sharing/contacts.py" line="+43"/>
        <source>Read these digits aloud to the organisation over the phone and compare: they see the same eight groups on their side. If every group matches, only they can open what you seal for this key.</source>
        <translation>Bu rəqəmləri telefonla təşkilata ucadan oxuyun və müqayisə edin: onlar öz tərəflərində eyni səkkiz qrupu görürlər. Bütün qruplar üst-üstə düşürsə, bu açar üçün möhürlədiyinizi yalnız onlar aça bilər.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verification</source>
        <translation>Yoxlama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The digits &amp;match — mark as verified</source>
        <translation>Rəqəmlər &amp;üst-üstə düşür — yoxlanmış kimi qeyd et</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key</source>
        <translation>Açar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Key: {key}</source>
        <translation>Açar: {key}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verified on {date}: the digits matched.</source>
        <translation>{date} tarixində yoxlanılıb: rəqəmlər üst-üstə düşdü.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not verified yet. If someone swapped this key, they could open the bundle instead of the organisation. Compare the digits before sending anything sensitive.</source>
        <translation>Hələ yoxlanmayıb. Kimsə bu açarı dəyişdiribsə, paketi təşkilatın əvəzinə o aça bilər. Həssas bir şey göndərməzdən əvvəl rəqəmləri müqayisə edin.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mark as verified</source>
        <translation>Yoxlanmış kimi qeyd et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did {name} read out exactly the same eight groups of digits, in the same order, on a call you trust?</source>
        <translation>{name} etibar etdiyiniz zəngdə eyni səkkiz rəqəm qrupunu eyni ardıcıllıqla oxudumu?</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location line="+23"/>
        <source>Trusted organisations</source>
        <translation>Etibarlı təşkilatlar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Organisations</source>
        <translation>Təşkilatlar</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>No organisations yet. Ask the lawyer or group you trust for their Quire or age key (it begins with age1) and add it below.</source>
        <translation>Hələ təşkilat yoxdur. Etibar etdiyiniz vəkildən və ya qrupdan onların Quire və ya age açarını (age1 ilə başlayır) istəyin və aşağıda əlavə edin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add an organisation</source>
        <translation>Təşkilat əlavə et</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Verified</source>
        <translation>Yoxlanılıb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not verified yet</source>
        <translation>Hələ yoxlanmayıb</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Remove organisation</source>
        <translation>Təşkilatı sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {name} from the address book? Bundles already sent stay as they are.</source>
        <translation>{name} ünvan kitabçasından silinsin? Artıq göndərilmiş paketlər olduğu kimi qalır.</translation>
    </message>
</context>
<context>
    <name>DateOrderDialog</name>
    <message>
        <location filename="../../ui/chats/import_flow.py" line="-241"/>
        <source>Dates in this chat</source>
        <translation>Bu yazışmada tarixlər</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times in this chat</source>
        <translation>Bu çatdakı vaxtlar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every date in this export can be read two ways (03/04 is 3 April or March 4). Which order does the phone that exported it use? Your answer is recorded with the import.</source>
        <translation>Bu ixracdakı hər tarix iki cür oxuna bilər (03/04 — 3 aprel və ya 4 mart). İxracı çıxaran telefon hansı sıranı işlədir? Cavabınız idxalla birlikdə qeyd olunur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day first (31/12/2024)</source>
        <translation>Əvvəlcə gün (31/12/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (12/31/2024)</source>
        <translation>Əvvəlcə ay (12/31/2024)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export names no time zone. Its times were written in:</source>
        <translation>İxracda saat qurşağı göstərilmir. Vaxtlar bu qurşaqda yazılıb:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer&apos;s time zone</source>
        <translation>Bu kompüterin saat qurşağı</translation>
    </message>
</context>
<context>
    <name>DecoyDialog</name>
    <message>
        <location filename="../../ui/decoy_dialog.py" line="+64"/>
        <location line="+158"/>
        <source>Decoy diary</source>
        <translation>Saxta gündəlik</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>What the duress passphrase opens instead of an empty diary: a few ordinary entries, dated as you choose. They are kept in a file that looks like any evidence file, so nothing shows that a decoy exists. Start from the examples and change them, or write your own.</source>
        <translation>Məcburiyyət parolunun boş gündəlik əvəzinə açdığı: tarixlərini özünüzün seçdiyi bir neçə adi qeyd. Onlar istənilən sübut faylına bənzəyən bir faylda saxlanılır, ona görə saxta gündəliyin olduğunu heç nə göstərmir. Nümunələrdən başlayıb onları dəyişin və ya öz qeydlərinizi yazın.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decoy entries</source>
        <translation>Saxta gündəliyin qeydləri</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add entry</source>
        <translation>Qeyd &amp;əlavə et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move entry</source>
        <translation>Qeydi &amp;sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;examples</source>
        <translation>&amp;Nümunələrdən istifadə et</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When it happened</source>
        <translation>Nə vaxt baş verib</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Nə baş verib</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date</source>
        <translation>&amp;Tarix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Başlıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt</source>
        <translation>&amp;Mətn</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Each entry needs a title.</source>
        <translation>Hər qeydin başlığı olmalıdır.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write the date as 2025-03-14 (or 2025-03, or 2025-03-14 18:30).</source>
        <translation>Tarixi 2025-03-14 kimi yazın (və ya 2025-03, və ya 2025-03-14 18:30).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New entry</source>
        <translation>Yeni qeyd</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replace these entries with the examples?</source>
        <translation>Bu qeydlər nümunələrlə əvəz olunsun?</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="+26"/>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Kateqoriyalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Ciddilik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targeted</source>
        <translation>Hədəf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrators</source>
        <translation>Törədənlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platforms</source>
        <translation>Platformalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Keçidlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses</source>
        <translation>Şahidlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Təsir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions taken</source>
        <translation>Görülən addımlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiketlər</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Nə baş verdi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up notes</source>
        <translation>Sonrakı qeydlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Sübutlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Qeyd edilib:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last changed</source>
        <translation>son dəyişiklik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revisions</source>
        <translation>versiyalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seen</source>
        <translation>görülüb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an incident to see it here.</source>
        <translation>Burada görmək üçün hadisə seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/diary/detail_view.py" line="-87"/>
        <source>Chat excerpts</source>
        <translation>Yazışmadan çıxarışlar</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(untitled)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export: {name}</source>
        <translation>İxrac faylı: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this excerpt…</source>
        <translation>Bu çıxarışı sil…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Messages not shown here: {n}. The report shows them all.</source>
        <translation>Burada göstərilməyən mesajlar: {n}. Hesabatda hamısı var.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Remove the excerpt</source>
        <translation>Çıxarışı sil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove this excerpt from the incident? The chat stays in Quire and the incident&apos;s history records the removal.</source>
        <translation>Bu çıxarış hadisədən silinsin? Yazışma Quire-da qalır, silinmə isə hadisənin tarixçəsində qeyd olunur.</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <location filename="../../ui/diary/diary_page.py" line="+47"/>
        <source>Search the diary (names, words, @handles…)</source>
        <translation>Gündəlikdə axtar (adlar, sözlər, @istifadəçilər…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Axtar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category filter</source>
        <translation>Kateqoriya filtri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All categories</source>
        <translation>Bütün kateqoriyalar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severity filter</source>
        <translation>Ciddilik filtri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any severity</source>
        <translation>İstənilən ciddilik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} or more</source>
        <translation>{n} və daha çox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag filter</source>
        <translation>Etiket filtri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by date</source>
        <translation>Tarixə görə süz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From date</source>
        <translation>Başlanğıc tarixi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To date</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Təmizlə</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>to</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incidents</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>{shown} of {total} incidents match</source>
        <translation>{total} hadisədən {shown} uyğun gəlir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} shown of {total} incidents</source>
        <translation>{total} hadisədən {shown} göstərilir</translation>
    </message>
</context>
<context>
    <name>DraftsOffer</name>
    <message>
        <location filename="../../ui/editor/drafts_offer.py" line="-12"/>
        <source>It also holds 1 file waiting to be added.</source>
        <translation>Orada həmçinin əlavə olunmağı gözləyən 1 fayl var.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file waiting with it is deleted too.</source>
        <translation>Onunla birlikdə gözləyən fayl da silinəcək.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You have unsaved changes to the incident “{title}” from {time}. Continue editing?</source>
        <translation>“{title}” hadisəsində {time} tarixindən saxlanmamış dəyişiklikləriniz var. Redaktəyə davam edilsin?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have an unsaved incident, “{title}”, from {time}. Continue editing?</source>
        <translation>{time} tarixindən saxlanmamış “{title}” hadisəniz var. Redaktəyə davam edilsin?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have an unsaved incident from {time}. Continue editing?</source>
        <translation>{time} tarixindən saxlanmamış hadisəniz var. Redaktəyə davam edilsin?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsaved incident</source>
        <translation>Saxlanmamış hadisə</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard the unsaved text?</source>
        <translation>Saxlanmamış mətn atılsın?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text will be deleted for good. Choose No to keep it and be asked again next time.</source>
        <translation>Mətn həmişəlik silinəcək. Onu saxlamaq və növbəti dəfə yenidən soruşulmaq üçün “Xeyr” seçin.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence/evidence_panel.py" line="+130"/>
        <location line="+46"/>
        <location line="+234"/>
        <location line="+256"/>
        <source>Evidence</source>
        <translation>Sübutlar</translation>
    </message>
    <message>
        <location line="-529"/>
        <source>&amp;Add files…</source>
        <translation>Fayl &amp;əlavə et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add files to this incident (you can also drop them)</source>
        <translation>Bu hadisəyə fayl əlavə edin (onları sürükləyib buraxmaq da olar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste &amp;screenshot</source>
        <translation>Ekran görüntüsünü &amp;yapışdır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the picture on the clipboard, without saving it to a file (Ctrl+V)</source>
        <translation>Mübadilə buferindəki şəkli fayla yazmadan saxla (Ctrl+V)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Evidence files</source>
        <translation>Sübut faylları</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Details of the selected file</source>
        <translation>Seçilmiş faylın təfərrüatları</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview</source>
        <translation>Ön &amp;baxış</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a c&amp;opy…</source>
        <translation>Su&amp;rəti saxla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an unencrypted copy of this file</source>
        <translation>Bu faylın şifrələnməmiş surətini yaz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the file&apos;s SHA-256 fingerprint, e.g. to quote it in a complaint</source>
        <translation>Faylın SHA-256 barmaq izini kopyala, məs. şikayətdə göstərmək üçün</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Progress</source>
        <translation>Gedişat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+374"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Select an incident to see its evidence.</source>
        <translation>Sübutlarını görmək üçün hadisə seçin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No evidence yet.
Add files, drop them here, or paste a screenshot with Ctrl+V.</source>
        <translation>Hələ sübut yoxdur.
Fayl əlavə edin, onları bura sürükləyin və ya Ctrl+V ilə ekran görüntüsünü yapışdırın.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Evidence (%n)</source>
        <translation>
            <numerusform>Sübutlar (%n)</numerusform>
            <numerusform>Sübutlar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Select a file to see its fingerprint and source.</source>
        <translation>Barmaq izini və mənbəyini görmək üçün fayl seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256: {hash}</source>
        <translation>SHA-256: {hash}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preview</source>
        <translation>Ön baxış</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy…</source>
        <translation>Surəti saxla…</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(daha %n gözləyir)</numerusform>
            <numerusform>(daha %n gözləyir)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled. Nothing was left half-done.</source>
        <translation>Ləğv edildi. Heç nə yarımçıq qalmadı.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling…</source>
        <translation>Ləğv edilir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file system reported a problem: {problem}</source>
        <translation>Fayl sistemi problem bildirdi: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong: {problem}</source>
        <translation>Nəsə səhv getdi: {problem}</translation>
    </message>
    <message>
        <location line="-472"/>
        <source>Copy SHA-256 &amp;fingerprint</source>
        <translation>SHA-256 &amp;barmaq izini kopyala</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy file &amp;name</source>
        <translation>Faylın &amp;adını kopyala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redacted copy…</source>
        <translation>&amp;Redaktə edilmiş surət…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a copy with black boxes or pixelation over what must not be seen</source>
        <translation>Görünməməli olanın üstünə qara qutular və ya pikselləşdirmə ilə surət çıxar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as &amp;intimate</source>
        <translation>&amp;İntim kimi işarələ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blur it in thumbnails, previews and reports until someone chooses Show</source>
        <translation>Kiçik şəkillərdə, ön baxışlarda və hesabatlarda kimsə «Göstər» seçənə qədər bulanıq göstər</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;More</source>
        <translation>&amp;Daha çox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More actions for the selected file</source>
        <translation>Seçilmiş fayl üçün digər əməliyyatlar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;how</source>
        <translation>&amp;Göstər</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this intimate picture unblurred</source>
        <translation>Bu intim şəkli bulanıqsız göstər</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>redacted copy of {original}</source>
        <translation>{original} faylının redaktə edilmiş surəti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>black boxes</source>
        <translation>qara qutular</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pixelation</source>
        <translation>pikselləşdirmə</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Redacted copy: {mode} over %n area(s), made {time}.</source>
        <translation>
            <numerusform>Redaktə edilmiş surət: %n sahənin üstündə {mode}, {time} tarixində hazırlanıb.</numerusform>
            <numerusform>Redaktə edilmiş surət: %n sahənin üstündə {mode}, {time} tarixində hazırlanıb.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page {page} of the original.</source>
        <translation>Orijinalın {page}-ci səhifəsi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Original: “{name}”</source>
        <translation>Orijinal: «{name}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original: no longer in the diary</source>
        <translation>Orijinal: artıq gündəlikdə yoxdur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Original SHA-256: {hash}</source>
        <translation>Orijinalın SHA-256: {hash}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Marked intimate: blurred until someone chooses Show.</source>
        <translation>İntim kimi işarələndi: kimsə «Göstər» seçənə qədər bulanıq qalır.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer marked intimate.</source>
        <translation>Artıq intim kimi işarələnməyib.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The redacted copy “{name}” was added.</source>
        <translation>Redaktə edilmiş surət «{name}» əlavə edildi.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>marked intimate</source>
        <translation>intim kimi işarələnib</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seen {time}</source>
        <translation>görülüb: {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>source: {url}</source>
        <translation>mənbə: {url}</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>1 file was added to the incident.</source>
        <translation>Hadisəyə 1 fayl əlavə edildi.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n files were added to the incident.</source>
        <translation>
            <numerusform>Hadisəyə %n fayl əlavə edildi.</numerusform>
            <numerusform>Hadisəyə %n fayl əlavə edildi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quire now keeps an encrypted copy of: {names}.

Do you want to remove the original files from this computer? Quire first checks its copies, then overwrites each original before deleting it, so it is harder to find if the computer is searched.

</source>
        <translation>Quire indi bunların şifrələnmiş surətini saxlayır: {names}.

Orijinal faylları bu kompüterdən silmək istəyirsiniz? Quire əvvəlcə öz surətlərini yoxlayır, sonra hər orijinalı silməzdən əvvəl üzərinə yazır ki, kompüter axtarılsa, onu tapmaq çətin olsun.

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On SSDs and some file systems, copies may remain that no program can erase.</source>
        <translation>SSD disklərdə və bəzi fayl sistemlərində heç bir proqramın silə bilmədiyi surətlər qala bilər.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the originals?</source>
        <translation>Orijinallar silinsin?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the stored copies and removing the originals…</source>
        <translation>Saxlanmış surətlər yoxlanılır və orijinallar silinir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The original files were overwritten and removed.</source>
        <translation>Orijinal faylların üzərinə yazıldı və onlar silindi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some originals were kept</source>
        <translation>Bəzi orijinallar saxlanıldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These originals were left in place:</source>
        <translation>Bu orijinallar yerində qaldı:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The screenshot was added to the incident.</source>
        <translation>Ekran görüntüsü hadisəyə əlavə edildi.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The copy will NOT be encrypted. Anyone who can open this computer, or the place you save it to (a USB stick, a synced folder), can see it, and Quire cannot erase it later.

Save an unencrypted copy of “{name}”?</source>
        <translation>Surət şifrələnməyəcək. Bu kompüteri və ya onu saxladığınız yeri (USB yaddaş, sinxronlaşdırılan qovluq) aça bilən hər kəs onu görə bilər və Quire onu sonra silə bilməz.

“{name}” faylının şifrələnməmiş surəti saxlanılsın?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save an unencrypted copy?</source>
        <translation>Şifrələnməmiş surət saxlanılsın?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save an unencrypted copy</source>
        <translation>Şifrələnməmiş surəti saxla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving an unencrypted copy of “{name}”…</source>
        <translation>“{name}” faylının şifrələnməmiş surəti saxlanılır…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unencrypted copy saved to {path} ({size}).</source>
        <translation>Şifrələnməmiş surət saxlanıldı: {path} ({size}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copied. The clipboard is cleared in 1 second.</source>
        <translation>Kopyalandı. Mübadilə buferi 1 saniyədən sonra təmizlənəcək.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copied. The clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>Kopyalandı. Mübadilə buferi %n saniyədən sonra təmizlənəcək.</numerusform>
            <numerusform>Kopyalandı. Mübadilə buferi %n saniyədən sonra təmizlənəcək.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied.</source>
        <translation>Kopyalandı.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete “{name}” from this incident?

Its encrypted copy is removed from the vault. The incident&apos;s history keeps a note that a file was deleted.</source>
        <translation>“{name}” bu hadisədən silinsin?

Onun şifrələnmiş surəti gündəlikdən silinəcək. Hadisənin tarixçəsində faylın silindiyi barədə qeyd qalacaq.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete this file?</source>
        <translation>Bu fayl silinsin?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}” was deleted.</source>
        <translation>“{name}” silindi.</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <location filename="../../ui/evidence/preview.py" line="+78"/>
        <source>Preview</source>
        <translation>Ön baxış</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>added {time}</source>
        <translation>əlavə edilib: {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SHA-256: {hash}</source>
        <translation>SHA-256: {hash}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 barmaq izi</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+150"/>
        <source>Marked intimate: shown blurred until you choose to see it.</source>
        <translation>İntim kimi işarələnib: siz baxmağı seçənə qədər bulanıq göstərilir.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>&amp;Show</source>
        <translation>&amp;Göstər</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decrypting…</source>
        <translation>Deşifrə edilir…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Hidden until you choose Show.</source>
        <translation>«Göstər» seçənə qədər gizlidir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file is too large to preview inside Quire. It is stored safely; “Save a copy…” writes an unencrypted copy.</source>
        <translation>Bu fayl Quire daxilində ön baxış üçün çox böyükdür. O, təhlükəsiz saxlanılır; “Surəti saxla…” şifrələnməmiş surət yazır.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No preview for this type of file.

It is stored safely in the diary and goes with the incident into any export.</source>
        <translation>Bu növ fayl üçün ön baxış yoxdur.

O, gündəlikdə təhlükəsiz saxlanılır və istənilən ixracda hadisə ilə birlikdə gedir.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>1 page</source>
        <translation>1 səhifə</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n səhifə</numerusform>
            <numerusform>%n səhifə</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Marked intimate: shown because you chose Show.</source>
        <translation>İntim kimi işarələnib: «Göstər» seçdiyiniz üçün göstərilir.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Image</source>
        <translation>Şəkil</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This PDF could not be opened (it may be damaged).</source>
        <translation>Bu PDF açıla bilmədi (zədələnmiş ola bilər).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document</source>
        <translation>PDF sənədi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text</source>
        <translation>Mətn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Showing the first 5 MB only. The whole file is kept in the vault.</source>
        <translation>Yalnız ilk 5 MB göstərilir. Faylın tamamı gündəlikdə saxlanılır.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../ui/sharing/export_wizard.py" line="+344"/>
        <source>Export for an organisation</source>
        <translation>Təşkilat üçün ixrac</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Close</source>
        <translation>&amp;Bağla</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help_window.py" line="+23"/>
        <location line="+4"/>
        <location line="+19"/>
        <location filename="../../ui/main_window.py" line="+183"/>
        <source>User guide</source>
        <translation>İstifadəçi bələdçisi</translation>
    </message>
</context>
<context>
    <name>HoldToWipeDialog</name>
    <message>
        <location filename="../../ui/panic.py" line="+30"/>
        <source>Panic wipe</source>
        <translation>Təcili silmə</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold the button down for two seconds to destroy the diary on this computer. This cannot be undone. Backups kept elsewhere are not affected.</source>
        <translation>Bu kompüterdəki gündəliyi məhv etmək üçün düyməni iki saniyə basılı saxlayın. Bunu geri qaytarmaq mümkün deyil. Başqa yerdə saxlanan ehtiyat nüsxələrə təsir etmir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hold to wipe</source>
        <translation>Silmək üçün basılı saxlayın</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold down to wipe the diary</source>
        <translation>Gündəliyi silmək üçün basılı saxlayın</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time held</source>
        <translation>Basılı saxlama müddəti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Keep holding…</source>
        <translation>Basılı saxlamağa davam edin…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Let go too early: nothing was wiped.</source>
        <translation>Düymə tez buraxıldı: heç nə silinmədi.</translation>
    </message>
</context>
<context>
    <name>IdentifierDialog</name>
    <message>
        <location filename="../../ui/actors/actors_window.py" line="+31"/>
        <source>Add an identifier</source>
        <translation>İdentifikator əlavə et</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Identifier</source>
        <translation>İdentifikator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram, Telegram…</source>
        <translation>Instagram, Telegram…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind</source>
        <translation>&amp;Növ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value</source>
        <translation>&amp;Dəyər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform</source>
        <translation>&amp;Platforma</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/chats/import_flow.py" line="+104"/>
        <source>Chat imported</source>
        <translation>Yazışma idxal edildi</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../ui/editor/form.py" line="+95"/>
        <location filename="../../ui/editor/text.py" line="+15"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it ended</source>
        <translation>Nə vaxt bitdi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How exactly you know when</source>
        <translation>Vaxtı nə dərəcədə dəqiq bilirsiniz</translation>
    </message>
    <message>
        <location filename="../../ui/editor/form.py" line="+166"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Categories</source>
        <translation>Kateqoriyalar</translation>
    </message>
    <message>
        <location line="-144"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>What happened</source>
        <translation>Nə baş verdi</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+355"/>
        <source>A few words to recognise this incident later</source>
        <translation>Bu hadisəni sonra tanımaq üçün bir neçə söz</translation>
    </message>
    <message>
        <location line="-342"/>
        <source>Not set</source>
        <translation>Təyin edilməyib</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your own words to group incidents, e.g. trial, TV</source>
        <translation>Hadisələri qruplaşdırmaq üçün öz sözləriniz, məs. məhkəmə, TV</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/editor/panels.py" line="+26"/>
        <source>People involved</source>
        <translation>İştirakçılar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was targeted, who did it or who you suspect, and who saw it.</source>
        <translation>Kim hədəfə alındı, kim etdi və ya kimdən şübhələnirsiniz, kim gördü.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a person targeted</source>
        <translation>Hədəfə alınmış şəxs əlavə et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody added yet. Add yourself, or whoever was targeted.</source>
        <translation>Hələ heç kim əlavə edilməyib. Özünüzü və ya hədəfə alınmış şəxsi əlavə edin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a perpetrator</source>
        <translation>Törədən əlavə et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add who did it, or who you suspect, with their accounts, channels or numbers.</source>
        <translation>Bunu kimin etdiyini və ya kimdən şübhələndiyinizi onların hesabları, kanalları və ya nömrələri ilə əlavə edin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One name per line</source>
        <translation>Hər sətirdə bir ad</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <location filename="../../ui/editor/widgets.py" line="+437"/>
        <source>Who was targeted</source>
        <translation>Kim hədəfə alındı</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>How it has affected you and people close to you.</source>
        <translation>Bu sizə və yaxınlarınıza necə təsir edib.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Impact: {kind}</source>
        <translation>Təsir: {kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Impact, in your words</source>
        <translation>Təsir, öz sözlərinizlə</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. could not sleep for weeks, lost a client, my mother was harassed</source>
        <translation>məs. həftələrlə yata bilmədim, müştərimi itirdim, anamı incitdilər</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../ui/editor/panels.py" line="+3"/>
        <source>What you have done</source>
        <translation>Nə etmisiniz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports to a platform, the police or an organisation, with reference numbers.</source>
        <translation>Platformaya, polisə və ya təşkilata müraciətlər, qeydiyyat nömrələri ilə.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add an action</source>
        <translation>Addım əlavə et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing recorded yet.</source>
        <translation>Hələ heç nə qeyd edilməyib.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Title</source>
        <translation>&amp;Başlıq</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>W&amp;hen</source>
        <translation>&amp;Nə vaxt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Se&amp;verity</source>
        <translation>&amp;Ciddilik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happened, in your own &amp;words</source>
        <translation>Nə baş &amp;verdi, öz sözlərinizlə</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ta&amp;gs</source>
        <translation>&amp;Etiketlər</translation>
    </message>
    <message>
        <location line="+141"/>
        <location line="+5"/>
        <source>({n} filled in)</source>
        <translation>({n} doldurulub)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Write what happened in your own words. Questions that help:</source>
        <translation>Nə baş verdiyini öz sözlərinizlə yazın. Kömək edən suallar:</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Give the incident a short title, so you can find it again.</source>
        <translation>Hadisəni sonra tapa bilmək üçün ona qısa başlıq verin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end date is before the start date. Check the dates.</source>
        <translation>Bitmə tarixi başlama tarixindən əvvəldir. Tarixləri yoxlayın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link {n} has no web address. Add the address, or remove the link.</source>
        <translation>{n} nömrəli keçidin veb ünvanı yoxdur. Ünvanı əlavə edin və ya keçidi silin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} is too long (at most {max} characters).</source>
        <translation>{field} çox uzundur (ən çoxu {max} simvol).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Who did it</source>
        <translation>Kim etdi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/form.py" line="-409"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Platforms and channels</source>
        <translation>Platformalar və kanallar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Location</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Links</source>
        <translation>Keçidlər</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+11"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Witnesses</source>
        <translation>Şahidlər</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Who did it (known or suspected)</source>
        <translation>Kim etdi (məlum və ya şübhəli)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/editor/panels.py" line="-2"/>
        <source>Where it happened</source>
        <translation>Harada baş verdi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platforms and channels, the place, and links to what was published.</source>
        <translation>Platformalar və kanallar, yer və dərc edilənlərə keçidlər.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Telegram, Instagram, phone call, TV</source>
        <translation>məs. Telegram, Instagram, telefon zəngi, TV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Town, street or building (optional)</source>
        <translation>Şəhər, küçə və ya bina (istəyə görə)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platforms</source>
        <translation>Platformalar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a link</source>
        <translation>Keçid əlavə et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the address of every post, channel or page, with when you saw it.</source>
        <translation>Hər paylaşımın, kanalın və ya səhifənin ünvanını onu nə vaxt gördüyünüzlə birlikdə əlavə edin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/editor/panels.py" line="+1"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Impact</source>
        <translation>Təsir</translation>
    </message>
    <message>
        <location line="-92"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Severity</source>
        <translation>Ciddilik</translation>
    </message>
    <message>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Actions taken</source>
        <translation>Görülən addımlar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/form.py" line="+13"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Tags</source>
        <translation>Etiketlər</translation>
    </message>
    <message>
        <location filename="../../ui/editor/incident_editor.py" line="+142"/>
        <source>Guide</source>
        <translation>Bələdçi</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Recorded {created} · last changed {updated} · saved versions: {n}</source>
        <translation>Qeyd edilib: {created} · son dəyişiklik: {updated} · saxlanmış versiyalar: {n}</translation>
    </message>
    <message>
        <location line="+345"/>
        <source>Notes ({n})</source>
        <translation>Qeydlər ({n})</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/editor/panels.py" line="+110"/>
        <source>Follow-up notes</source>
        <translation>Sonrakı qeydlər</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>History</source>
        <translation>Tarixçə</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+472"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location line="-438"/>
        <source>What happened: {kind}</source>
        <translation>Nə baş verdi: {kind}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Discard these changes</source>
        <translation>Bu dəyişiklikləri at</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft status</source>
        <translation>Qaralamanın vəziyyəti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Saxla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the incident (Ctrl+S)</source>
        <translation>Hadisəni saxla (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+80"/>
        <source>New incident</source>
        <translation>Yeni hadisə</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>What happened? Choose what fits best: it adds questions that help. Everything can be changed later, and nothing leaves this computer.</source>
        <translation>Nə baş verdi? Ən uyğun olanı seçin: bu, kömək edən suallar əlavə edir. Hər şeyi sonra dəyişmək olar və heç nə bu kompüterdən kənara çıxmır.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The incident these changes belonged to was deleted. Saving will record them as a new incident.</source>
        <translation>Bu dəyişikliklərin aid olduğu hadisə silinib. Saxladıqda onlar yeni hadisə kimi qeyd ediləcək.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+60"/>
        <source>Edit incident</source>
        <translation>Hadisəni redaktə et</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Restored what you typed on {time} and had not saved yet.</source>
        <translation>{time} tarixində yazdığınız və hələ saxlamadığınız mətn bərpa edildi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+81"/>
        <source>Unsaved changes, kept in an encrypted draft.</source>
        <translation>Saxlanmamış dəyişikliklər şifrələnmiş qaralamada saxlanılır.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unsaved changes…</source>
        <translation>Saxlanmamış dəyişikliklər…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not keep a draft: {error}</source>
        <translation>Qaralamanı saxlamaq mümkün olmadı: {error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discard these changes?</source>
        <translation>Bu dəyişikliklər atılsın?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text you typed earlier and did not save will be deleted.</source>
        <translation>Əvvəl yazdığınız və saxlamadığınız mətn silinəcək.</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+13"/>
        <source>Not saved yet: please look at the message in the form.</source>
        <translation>Hələ saxlanmayıb: formadakı mesaja baxın.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved yet: please look at the follow-up note.</source>
        <translation>Hələ saxlanmayıb: sonrakı qeydə baxın.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This incident was deleted meanwhile. Your text is kept as a draft.</source>
        <translation>Bu hadisə bu arada silinib. Mətniniz qaralama kimi saxlanılır.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save: {error}</source>
        <translation>Saxlamaq mümkün olmadı: {error}</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+3"/>
        <source>Adding the files to the incident…</source>
        <translation>Fayllar hadisəyə əlavə olunur…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The incident was saved, but some files could not be added: {error} They wait in the draft; save again to add them.</source>
        <translation>Hadisə yadda saxlanıldı, amma bəzi fayllar əlavə olunmadı: {error} Onlar qaralamada gözləyir; onları əlavə etmək üçün yenidən yadda saxlayın.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>History ({n})</source>
        <translation>Tarixçə ({n})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close without saving?</source>
        <translation>Saxlamadan bağlansın?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed in this incident is not saved. Close the editor and throw it away?</source>
        <translation>Bu hadisədə yazdıqlarınız saxlanmayıb. Redaktor bağlansın və yazılanlar atılsın?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panels.py" line="-94"/>
        <source>Questions that help a lawyer later</source>
        <translation>Sonra vəkilə kömək edəcək suallar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions to answer</source>
        <translation>Cavablandırılacaq suallar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add these questions to the narrative</source>
        <translation>Bu sualları təsvirə əlavə et</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Puts each question into the narrative, so you can answer under it</source>
        <translation>Hər sualı təsvirə yerləşdirir ki, altında cavab yaza biləsiniz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also worth filling in</source>
        <translation>Bunları da doldurmağa dəyər</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open this part of the form</source>
        <translation>Formanın bu hissəsini aç</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After saving, attach screenshots, photos, recordings and documents as evidence from the diary (Add evidence).</source>
        <translation>Saxladıqdan sonra ekran görüntülərini, fotoları, yazıları və sənədləri gündəlikdən sübut kimi əlavə edin (Sübut əlavə et).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Writing it down</source>
        <translation>Yazıya almaq</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write what you remember now; you can add to it later.</source>
        <translation>İndi yadınızda qalanları yazın; sonra əlavə edə bilərsiniz.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New follow-up note</source>
        <translation>Yeni sonrakı qeyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened since? e.g. the post was removed, the police called back</source>
        <translation>O vaxtdan bəri nə baş verdi? məs. paylaşım silindi, polis geri zəng etdi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add note</source>
        <translation>Qeyd əlavə et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds the note now, with today&apos;s date (Ctrl+Enter)</source>
        <translation>Qeydi indi, bugünkü tarixlə əlavə edir (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes are added to the incident as they are written; earlier notes never change.</source>
        <translation>Qeydlər hadisəyə yazıldığı kimi əlavə olunur; əvvəlki qeydlər heç vaxt dəyişmir.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The note is too long (at most {n} characters).</source>
        <translation>Qeyd çox uzundur (ən çoxu {n} simvol).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The note holds a character that cannot be stored.</source>
        <translation>Qeyddə saxlanıla bilməyən simvol var.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No follow-up notes yet.</source>
        <translation>Hələ sonrakı qeyd yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/revision_history.py" line="+90"/>
        <source>seen {when}</source>
        <translation>görülüb: {when}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>First version, recorded {time}.</source>
        <translation>İlk versiya, qeyd edilib: {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {time}. Fields marked “changed” differ from the version before.</source>
        <translation>Saxlanılıb: {time}. “dəyişib” işarəli sahələr əvvəlki versiyadan fərqlənir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+62"/>
        <source>Revision {n}</source>
        <translation>Versiya {n}</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Saved versions</source>
        <translation>Saxlanmış versiyalar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen version, read-only</source>
        <translation>Seçilmiş versiya, yalnız oxumaq üçün</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every save keeps the version before. Choose one to see how it read.</source>
        <translation>Hər saxlama əvvəlki versiyanı da saxlayır. Necə olduğunu görmək üçün birini seçin.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Revision {n} (current)</source>
        <translation>Versiya {n} (hazırkı)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/widgets.py" line="-351"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How exactly you know when it happened</source>
        <translation>Nə vaxt baş verdiyini nə dərəcədə dəqiq bilirsiniz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date not known</source>
        <translation>Tarix məlum deyil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>around</source>
        <translation>təxminən</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Başlama tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>bitmə:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It lasted until a later date</source>
        <translation>Daha gec bir tarixədək davam etdi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Bitmə tarixi</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove this person</source>
        <translation>Bu şəxsi sil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the person targeted</source>
        <translation>Hədəfə alınmış şəxsin adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (optional)</source>
        <translation>Ad (istəyə görə)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove this perpetrator</source>
        <translation>Bu törədəni sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of perpetrator</source>
        <translation>Törədənin növü</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the perpetrator</source>
        <translation>Törədənin adı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or description, e.g. a ministry, a person, a channel</source>
        <translation>Ad və ya təsvir, məs. nazirlik, şəxs, kanal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identifiers of the perpetrator</source>
        <translation>Törədənin identifikatorları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handles, channel names, phone numbers, web addresses — one per line</source>
        <translation>İstifadəçi adları, kanal adları, telefon nömrələri, veb ünvanlar — hər sətirdə biri</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remove this link</source>
        <translation>Bu keçidi sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web address</source>
        <translation>Veb ünvan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address, e.g. https://t.me/…</source>
        <translation>Veb ünvan, məs. https://t.me/…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seen</source>
        <translation>görülüb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you saw it there</source>
        <translation>Onu orada nə vaxt gördünüz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note about the link</source>
        <translation>Keçid haqqında qeyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is there (optional)</source>
        <translation>Orada nə var (istəyə görə)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove this action</source>
        <translation>Bu addımı sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you did</source>
        <translation>Nə etdiniz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on</source>
        <translation>tarix:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you did it</source>
        <translation>Bunu nə vaxt etdiniz</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Reference or case number</source>
        <translation>Qeydiyyat və ya iş nömrəsi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome so far</source>
        <translation>İndiyədək nəticə</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>suggested for this kind of incident</source>
        <translation>bu növ hadisə üçün tövsiyə olunur</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="+1"/>
        <source>changed</source>
        <translation>dəyişib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(removed)</source>
        <translation>(silinib)</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location line="-26"/>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Kateqoriyalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Ciddilik</translation>
    </message>
    <message>
        <location filename="../../ui/diary/incident_model.py" line="+188"/>
        <source>Title hidden</source>
        <translation>Başlıq gizlədilib</translation>
    </message>
</context>
<context>
    <name>IncidentPicker</name>
    <message>
        <location filename="../../ui/chats/incident_picker.py" line="+55"/>
        <source>Add to incident</source>
        <translation>Hadisəyə əlavə et</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Add %n chosen message(s) to which incident?</source>
        <translation>
            <numerusform>Seçilmiş %n mesaj hansı hadisəyə əlavə olunsun?</numerusform>
            <numerusform>Seçilmiş %n mesaj hansı hadisəyə əlavə olunsun?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter incidents</source>
        <translation>Hadisələri süz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incidents</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note (optional), e.g. why these messages matter</source>
        <translation>Qeyd (istəyə bağlı), məs. bu mesajlar niyə vacibdir</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Loading…</source>
        <translation>Yüklənir…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No incidents match</source>
        <translation>Uyğun hadisə yoxdur</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="-53"/>
        <source>New incident</source>
        <translation>Yeni hadisə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Redaktə et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add evidence</source>
        <translation>Sübut əlavə et</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the diary</source>
        <translation>Gündəlikdə axtar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Timeline</source>
        <translation>Zaman xətti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export for an organisation…</source>
        <translation>Təşkilat üçün ixrac…</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+1"/>
        <source>Export</source>
        <translation>İxrac</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Import a chat…</source>
        <translation>Yazışmanı idxal et…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chats</source>
        <translation>Yazışmalar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actors</source>
        <translation>İştirakçılar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make an organisation&apos;s key…</source>
        <translation>Təşkilatın açarını yarat…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a received bundle…</source>
        <translation>Alınmış paketi aç…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup and restore…</source>
        <translation>Ehtiyat nüsxə və bərpa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock</source>
        <translation>Kilidlə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide everything</source>
        <translation>Hər şeyi gizlət</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Panic wipe</source>
        <translation>Təcili silmə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Çıxış</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About Quire</source>
        <translation>Quire haqqında</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Destroy the diary on this computer now</source>
        <translation>Bu kompüterdəki gündəliyi indi məhv et</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Diary</source>
        <translation>&amp;Gündəlik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main</source>
        <translation>Əsas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lock and panic</source>
        <translation>Kilid və təcili silmə</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>locked</source>
        <translation>kilidlidir</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n complaint(s) you asked to be reminded of still have no answer (incidents: %1).</source>
        <translation>
            <numerusform>Xatırlatmağı xahiş etdiyiniz %n şikayət hələ də cavabsızdır (hadisələr: %1).</numerusform>
            <numerusform>Xatırlatmağı xahiş etdiyiniz %n şikayət hələ də cavabsızdır (hadisələr: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="-4"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
</context>
<context>
    <name>OpenBundleWindow</name>
    <message>
        <location filename="../../ui/sharing/open_bundle.py" line="+130"/>
        <location line="+9"/>
        <source>Open a received bundle</source>
        <translation>Alınmış paketi aç</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a sealed bundle someone sent you, then read it. Checking writes nothing to the disk; the files are saved only when you choose “Save all files to a folder…”.</source>
        <translation>Sizə göndərilmiş möhürlü paketi yoxlayın, sonra oxuyun. Yoxlama diskə heç nə yazmır; fayllar yalnız “Bütün faylları qovluğa saxla…” seçdikdə saxlanılır.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bundle file</source>
        <translation>Paket faylı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .age file you received</source>
        <translation>Aldığınız .age faylı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>S&amp;eç…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the bundle file</source>
        <translation>Paket faylını seçin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My &amp;key file</source>
        <translation>Mənim &amp;açar faylım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pass&amp;phrase from the sender</source>
        <translation>Göndərənin &amp;verdiyi parol ifadəsi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key file</source>
        <translation>Açar faylı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your secret key file (AGE-SECRET-KEY-…)</source>
        <translation>Gizli açar faylınız (AGE-SECRET-KEY-…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ch&amp;oose…</source>
        <translation>Se&amp;ç…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the key file</source>
        <translation>Açar faylını seçin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundle passphrase</source>
        <translation>Paketin parol ifadəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase the sender told you</source>
        <translation>Göndərənin sizə dediyi parol ifadəsi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected signer</source>
        <translation>Gözlənilən imzalayan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: the signer&apos;s fingerprint (SHA256:…) or a name you remembered</source>
        <translation>İstəyə bağlı: imzalayanın barmaq izi (SHA256:…) və ya yadda saxladığınız ad</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Bundle</source>
        <translation>&amp;Paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ke&amp;y file</source>
        <translation>Açar &amp;faylı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opens with</source>
        <translation>Açılır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xpected signer</source>
        <translation>Gözlənilən &amp;imzalayan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Check and open</source>
        <translation>&amp;Yoxla və aç</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Gedişat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check result</source>
        <translation>Yoxlamanın nəticəsi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check details</source>
        <translation>Yoxlamanın təfərrüatları</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who signed it</source>
        <translation>Kim imzalayıb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name for this signer</source>
        <translation>Bu imzalayanın adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who you know the signer to be</source>
        <translation>İmzalayanı kim kimi tanıyırsınız</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember this signer</source>
        <translation>Bu imzalayanı ya&amp;dda saxla</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bundle contents</source>
        <translation>Paketin məzmunu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents in the bundle</source>
        <translation>Paketdəki hadisələr</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Hadisələr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Report</source>
        <translation>H&amp;esabat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save all files to a folder…</source>
        <translation>Bütün faylları qovluğa &amp;saxla…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the bundle</source>
        <translation>Paketi seçin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed bundles (*.age);;All files (*)</source>
        <translation>Möhürlü paketlər (*.age);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose your key file</source>
        <translation>Açar faylınızı seçin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key files (*.txt *.key);;All files (*)</source>
        <translation>Açar faylları (*.txt *.key);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the bundle file first.</source>
        <translation>Əvvəlcə paket faylını seçin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose your key file, or enter the passphrase the sender told you.</source>
        <translation>Açar faylınızı seçin və ya göndərənin dediyi parol ifadəsini daxil edin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking every file in the bundle…</source>
        <translation>Paketdəki hər fayl yoxlanılır…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cancelled.</source>
        <translation>Ləğv edildi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written.</source>
        <translation>Heç nə yazılmadı.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The bundle could not be opened</source>
        <translation>Paketi açmaq mümkün olmadı</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Every file matches its recorded fingerprint (SHA-256).</source>
        <translation>Hər fayl qeyd edilmiş barmaq izinə (SHA-256) uyğundur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 incident</source>
        <translation>1 hadisə</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n incidents</source>
        <translation>
            <numerusform>%n hadisə</numerusform>
            <numerusform>%n hadisə</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 file checked</source>
        <translation>1 fayl yoxlanıldı</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n files checked</source>
        <translation>
            <numerusform>%n fayl yoxlanıldı</numerusform>
            <numerusform>%n fayl yoxlanıldı</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed with the key {fp}. The signature is valid: the bundle was not changed after this key signed it. The key alone does not say who holds it.</source>
        <translation>{fp} açarı ilə imzalanıb. İmza etibarlıdır: bu açar imzaladıqdan sonra paket dəyişdirilməyib. Açarın özü onun kimdə olduğunu göstərmir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To check it with the sender by phone: {digits} — words: {words}</source>
        <translation>Göndərənlə telefonla yoxlamaq üçün: {digits} — sözlər: {words}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not signed: nothing shows who made it. The hashes still show that no file changed after it was sealed.</source>
        <translation>İmzalanmayıb: onu kimin hazırladığını heç nə göstərmir. Heşlər yenə də göstərir ki, möhürləndikdən sonra heç bir fayl dəyişməyib.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This incident&apos;s record has an unexpected shape and cannot be shown.</source>
        <translation>Bu hadisənin qeydi gözlənilməz formadadır və göstərilə bilmir.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+9"/>
        <source>Report</source>
        <translation>Hesabat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This bundle has no report to show.</source>
        <translation>Bu paketdə göstəriləcək hesabat yoxdur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a folder for the bundle&apos;s files</source>
        <translation>Paketin faylları üçün qovluq seçin</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The files were checked again and saved.</source>
        <translation>Fayllar yenidən yoxlanıldı və saxlanıldı.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved in {folder}. Start with report.pdf or README.txt; evidence/ holds the original files, byte for byte.</source>
        <translation>{folder} qovluğunda saxlanıldı. report.pdf və ya README.txt ilə başlayın; evidence/ qovluğunda orijinal fayllar bayt-bayt saxlanılır.</translation>
    </message>
</context>
<context>
    <name>OrgKeyDialog</name>
    <message>
        <location filename="../../ui/sharing/org_key.py" line="+38"/>
        <source>Make our organisation&apos;s key</source>
        <translation>Təşkilatımızın açarını yarat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation name</source>
        <translation>Təşkilatın adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Legal Aid Centre</source>
        <translation>məsələn, Hüquqi Yardım Mərkəzi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder</source>
        <translation>Qovluq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Post-quantum key (needs age 1.3 or Quire to open bundles)</source>
        <translation>&amp;Postkvant açar (paketləri age 1.3 və ya Quire açır)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder</source>
        <translation>&amp;Qovluq</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quire writes four files: the secret key (keep it safe: whoever holds it can open every bundle sealed to it), a contact card and a QR image to give to the people who will send you bundles, and a one-page sheet to print.</source>
        <translation>Quire dörd fayl yazır: gizli açar (onu etibarlı saxlayın: kimdə olsa, onun üçün möhürlənmiş hər paketi aça bilər), sizə paket göndərəcək insanlara vermək üçün kontakt kartı və QR şəkli, həmçinin çap üçün bir səhifə.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Make the key</source>
        <translation>Açarı &amp;yarat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where to write the key and its cards</source>
        <translation>Açarı və kartları harada yazmaq</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the organisation&apos;s name and an existing folder.</source>
        <translation>Təşkilatın adını və mövcud qovluğu göstərin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making the key…</source>
        <translation>Açar yaradılır…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done. Files written:</source>
        <translation>Hazırdır. Yazılan fayllar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint to read aloud:</source>
        <translation>Ucadan oxunacaq barmaq izi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the key file on this computer only; give out the card or the QR.</source>
        <translation>Açar faylını yalnız bu kompüterdə saxlayın; kartı və ya QR-ı paylayın.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/sharing/export_wizard.py" line="-274"/>
        <source>Sealing the bundle</source>
        <translation>Paket möhürlənir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quire is encrypting the incidents and their evidence into one file.</source>
        <translation>Quire hadisələri və onların sübutlarını bir fayla şifrələyir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sealing progress</source>
        <translation>Möhürləmənin gedişatı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sealing status</source>
        <translation>Möhürləmənin vəziyyəti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel stops it at once; no file is left behind.</source>
        <translation>Ləğv etmək onu dərhal dayandırır; heç bir fayl qalmır.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preparing…</source>
        <translation>Hazırlanır…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Ləğv edilir…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="+98"/>
        <source>Folder</source>
        <translation>Qovluq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Disk</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location line="+17"/>
        <source>&amp;Select All</source>
        <translation>&amp;Hamısını seç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Artır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>&amp;Azalt</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-54"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Harada axtarılsın:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>Faylın &amp;adı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Faylların &amp;növü:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Qovluq:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Seç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Qovluqlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Fayllar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>İrəli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Geri qayıt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>İrəli keç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Üst qovluq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Üst qovluğa keç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Yeni qovluq yarat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Yeni qovluq yaradın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Siyahı görünüşü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Siyahı görünüşünə keç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Ətraflı görünüş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Ətraflı görünüşə keç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>Yan panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Yerlərin və əlfəcinlərin siyahısı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Adını dəyiş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Gizli faylları göstər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Yeni qovluq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Yeni qovluq</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Dəyişmə tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Kompüter</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location line="-42"/>
        <source>Enter a value:</source>
        <translation>Dəyəri daxil edin:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+46"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kəs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opyala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Yapışdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Hamısını seç</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-55"/>
        <source>Show Details...</source>
        <translation>Ətraflı göstər...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Ətraflını gizlət...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19"/>
        <source>OK</source>
        <translation>Oldu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Tətbiq et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Standart dəyərləri bərpa et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Kömək</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Hamısını saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Dayandır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Yenidən cəhd et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Nəzərə alma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Bəli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Xeyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>&amp;Hamısına bəli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>H&amp;amısına xeyr</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <location line="+66"/>
        <source>Scroll Left</source>
        <translation>Sola sürüşdür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll Right</source>
        <translation>Sağa sürüşdür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Tab</source>
        <translation>Vərəqi bağla</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-14"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kəs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opyala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Yapışdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Hamısını seç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Keçidin ünvanını kopyala</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-58"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;İrəli &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Bitir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Təsdiqlə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <location filename="../../ui/sharing/export_pages.py" line="+412"/>
        <source>Who will open it?</source>
        <translation>Onu kim açacaq?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle is sealed so that only the organisation you choose can open it — not whoever carries it, and not whoever intercepts it.</source>
        <translation>Paket elə möhürlənir ki, onu yalnız seçdiyiniz təşkilat aça bilsin — nə onu daşıyan, nə də ələ keçirən.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An &amp;organisation from my address book</source>
        <translation>Ünvan kitabçamdakı &amp;təşkilat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;passphrase that I will tell them</source>
        <translation>Onlara deyəcəyim &amp;parol ifadəsi</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Organisations</source>
        <translation>Təşkilatlar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;dd an organisation…</source>
        <translation>Təşkilat əlavə &amp;et…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address book…</source>
        <translation>Ünvan &amp;kitabçası…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an organisation</source>
        <translation>Təşkilat əlavə et</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the organisation for their key: a line that begins with age1. They make it with Quire or with the age tool. Paste it exactly.</source>
        <translation>Təşkilatdan onların açarını istəyin: age1 ilə başlayan sətir. Onlar onu Quire və ya age aləti ilə yaradırlar. Onu dəqiq yapışdırın.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bundle passphrase</source>
        <translation>Paketin parol ifadəsi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundle passphrase again</source>
        <translation>Paketin parol ifadəsi təkrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase strength</source>
        <translation>Parol ifadəsinin etibarlılığı</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;assphrase</source>
        <translation>Parol ifa&amp;dəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gain</source>
        <translation>Tək&amp;rar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Etibarlılıq</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use this when the organisation has no key. Anyone who knows the passphrase can open the bundle, so choose a long one (five or more words) and tell it to them in person or by phone — never in the same message, or on the same USB stick, as the bundle.</source>
        <translation>Təşkilatın açarı yoxdursa, bundan istifadə edin. Parol ifadəsini bilən hər kəs paketi aça bilər, buna görə uzun ifadə seçin (beş və ya daha çox söz) və onu şəxsən və ya telefonla deyin — heç vaxt paketlə eyni mesajda və ya eyni USB yaddaşda yox.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>They open it with Quire (“Open a received bundle”) or with the standard age tool: age -d -o bundle.zip FILE, which asks for the passphrase.</source>
        <translation>Onlar onu Quire ilə (“Alınmış paketi aç”) və ya standart age aləti ilə açırlar: age -d -o bundle.zip FILE — bu, parol ifadəsini soruşur.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Verified</source>
        <translation>Yoxlanılıb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not verified yet</source>
        <translation>Hələ yoxlanmayıb</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The two do not match yet.</source>
        <translation>İkisi hələ üst-üstə düşmür.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Key not verified</source>
        <translation>Açar yoxlanmayıb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have not yet compared {name}&apos;s fingerprint with them. If the key was swapped, someone else could open the bundle. Seal it for this key anyway?</source>
        <translation>{name} barmaq izini hələ onlarla müqayisə etməmisiniz. Açar dəyişdirilibsə, paketi başqası aça bilər. Yenə də bu açar üçün möhürlənsin?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>whoever knows the passphrase</source>
        <translation>parol ifadəsini bilən hər kəs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verified</source>
        <translation>yoxlanılıb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not verified</source>
        <translation>yoxlanmayıb</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/pages/recovery_code.py" line="+36"/>
        <source>Your recovery code</source>
        <translation>Bərpa kodunuz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write these 24 words on paper, in order, and keep the paper away from this laptop. You need them, with your passphrase, to open this diary on any other computer (for example after restoring a backup). Settings can show them again after your passphrase.</source>
        <translation>Bu 24 sözü sırası ilə kağıza yazın və kağızı bu noutbukdan uzaq saxlayın. Bu gündəliyi başqa kompüterdə açmaq üçün (məsələn, ehtiyat nüsxəni bərpa etdikdən sonra) onlar parol ifadənizlə birlikdə lazım olacaq. Parol ifadənizi yazandan sonra «Parametrlər» onları yenidən göstərə bilər.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>To be sure they are on paper, type these words from it:</source>
        <translation>Kağıza yazıldığına əmin olmaq üçün bu sözləri kağızdan baxıb yazın:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Word %1</source>
        <translation>Söz %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A word does not match the list yet.</source>
        <translation>Sözlərdən biri hələ siyahıya uyğun gəlmir.</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../ui/evidence/redact_dialog.py" line="+286"/>
        <source>Redacted copy</source>
        <translation>Redaktə edilmiş surət</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drag over what must not be seen. Click a box to choose it; the arrow keys move it, Shift with the arrows resizes it, Delete removes it. The original stays as it is; the copy is added beside it.</source>
        <translation>Görünməməli olanın üstündən siçanı sürüşdürün. Qutunu seçmək üçün onun üstünə klikləyin; ox düymələri onu yerindən tərpədir, Shift ilə oxlar ölçüsünü dəyişir, Delete onu silir. Orijinal olduğu kimi qalır; surət onun yanına əlavə olunur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Picture to redact</source>
        <translation>Redaktə ediləcək şəkil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decrypting…</source>
        <translation>Deşifrə edilir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Black boxes</source>
        <translation>&amp;Qara qutular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pixelation</source>
        <translation>&amp;Pikselləşdirmə</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;age</source>
        <translation>Sə&amp;hifə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page</source>
        <translation>Səhifə</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove box</source>
        <translation>Qutunu &amp;sil</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+140"/>
        <source>&amp;Save the copy</source>
        <translation>Surəti &amp;yadda saxla</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This file is too large to redact inside Quire.</source>
        <translation>Bu fayl Quire daxilində redaktə etmək üçün çox böyükdür.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only pictures and PDF pages can be redacted.</source>
        <translation>Yalnız şəkillər və PDF səhifələri redaktə edilə bilər.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This PDF could not be opened (it may be damaged).</source>
        <translation>Bu PDF açıla bilmədi (zədələnmiş ola bilər).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No boxes yet.</source>
        <translation>Hələ qutu yoxdur.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n qutu</numerusform>
            <numerusform>%n qutu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving…</source>
        <translation>Yadda saxlanılır…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="+21"/>
        <location line="+1"/>
        <source>Restore from a backup</source>
        <translation>Ehtiyat nüsxədən bərpa et</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the backup file, for example on your USB stick. Quire checks every file in it before the diary appears on this computer; a damaged or altered backup is refused and nothing is left behind.</source>
        <translation>Ehtiyat nüsxə faylını seçin, məsələn, USB yaddaşınızda. Gündəlik bu kompüterdə görünməzdən əvvəl Quire onun içindəki hər faylı yoxlayır; zədələnmiş və ya dəyişdirilmiş ehtiyat nüsxə rədd edilir və heç nə qalmır.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You then unlock the diary with the passphrase it had when the backup was made (and your recovery code, if you set one).</source>
        <translation>Sonra gündəliyin kilidini ehtiyat nüsxə çıxarılan vaxtkı parol ifadəsi ilə (və təyin etmisinizsə, bərpa kodunuzla) açırsınız.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose the backup file…</source>
        <translation>Ehtiyat nüsxə faylını &amp;seç…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ontinue to unlock</source>
        <translation>Kilidi açmağa &amp;davam et</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is already a diary on this computer; a restore never replaces one.</source>
        <translation>Bu kompüterdə artıq gündəlik var; bərpa heç vaxt onu əvəz etmir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the backup</source>
        <translation>Ehtiyat nüsxəni seçin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quire backups (*.backup);;All files (*)</source>
        <translation>Quire ehtiyat nüsxələri (*.backup);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ The diary was restored ({files} files) and every hash matched. Unlock it with your passphrase.</source>
        <translation>✓ Gündəlik bərpa edildi ({files} fayl) və bütün heşlər uyğun gəldi. Onun kilidini parol ifadənizlə açın.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This diary also needs its recovery code (the 24 words) on this computer: tick “This vault was moved from another computer” when you unlock.</source>
        <translation>Bu kompüterdə gündəliyə bərpa kodu (24 söz) da lazımdır: kilidi açanda “Bu gündəlik başqa kompüterdən köçürülüb” qutusunu işarələyin.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restore cancelled. Nothing was restored.</source>
        <translation>Bərpa ləğv edildi. Heç nə bərpa edilmədi.</translation>
    </message>
</context>
<context>
    <name>SafetyCheckup</name>
    <message>
        <location filename="../../ui/safety_checkup.py" line="+46"/>
        <source>Look here once a month. Nothing on this page is sent anywhere.</source>
        <translation>Ayda bir dəfə bura baxın. Bu səhifədən heç nə heç yerə göndərilmir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup</source>
        <translation>Ehtiyat nüsxə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Bərpa kodu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-lock</source>
        <translation>Avtomatik kilid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied text</source>
        <translation>Kopyalanmış mətn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duress passphrase</source>
        <translation>Məcburiyyət parolu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rehearse your passphrase</source>
        <translation>Parol ifadənizi məşq edin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type it as you would at the unlock screen. A wrong one here is never counted towards a wipe.</source>
        <translation>Onu kilidi açma ekranında yazdığınız kimi yazın. Burada səhv yazılan parol heç vaxt silmə üçün sayılmır.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase to rehearse</source>
        <translation>Məşq üçün parol ifadəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck</source>
        <translation>&amp;Yoxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the rehearsed passphrase</source>
        <translation>Məşq edilən parol ifadəsini yoxla</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unlock the diary to see this.</source>
        <translation>Bunu görmək üçün gündəliyin kilidini açın.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not shown, on purpose: Quire keeps no record of whether one is set, so nothing here can reveal it. Set or replace it on the Panic wipe tab.</source>
        <translation>Qəsdən göstərilmir: Quire onun qurulub-qurulmadığını heç yerdə qeyd etmir, ona görə də burada heç nə bunu açıb göstərə bilməz. Onu «Təcili silmə» bölməsində qurun və ya dəyişin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fine</source>
        <translation>qaydasındadır</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>needs a look</source>
        <translation>diqqət tələb edir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backup yet. Save one on a USB stick (Backup and restore…).</source>
        <translation>Hələ ehtiyat nüsxə yoxdur. Onu fleş karta saxlayın («Ehtiyat nüsxə və bərpa…»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup today.</source>
        <translation>Son ehtiyat nüsxə bu gün çıxarılıb.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Last backup %n day(s) ago.</source>
        <translation>
            <numerusform>Son ehtiyat nüsxə %n gün əvvəl çıxarılıb.</numerusform>
            <numerusform>Son ehtiyat nüsxə %n gün əvvəl çıxarılıb.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a new one so it holds your latest evidence.</source>
        <translation>Son sübutlarınız da orada olsun deyə yenisini saxlayın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This diary has no recovery code: the passphrase alone opens it.</source>
        <translation>Bu gündəliyin bərpa kodu yoxdur: onu yalnız parol ifadəsi açır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not confirmed on this diary. Show it on the Recovery code tab and type three of its words back from your paper.</source>
        <translation>Bu gündəlik üçün təsdiqlənməyib. Onu «Bərpa kodu» bölməsində göstərin və kağızınızdan üç sözünü geri yazın.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirmed on paper (%1).</source>
        <translation>Kağızda təsdiqlənib (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off: the diary stays open until you lock it. Set a time on General.</source>
        <translation>Söndürülüb: siz kilidləyənə qədər gündəlik açıq qalır. «Ümumi» bölməsində vaxt təyin edin.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The diary locks after %n idle minute(s).</source>
        <translation>
            <numerusform>Gündəlik %n dəqiqə fəaliyyətsizlikdən sonra kilidlənir.</numerusform>
            <numerusform>Gündəlik %n dəqiqə fəaliyyətsizlikdən sonra kilidlənir.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied text stays on the clipboard. Set a time on General.</source>
        <translation>Kopyalanmış mətn mübadilə buferində qalır. «Ümumi» bölməsində vaxt təyin edin.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cleared %n second(s) after copying.</source>
        <translation>
            <numerusform>Kopyalandıqdan %n saniyə sonra silinir.</numerusform>
            <numerusform>Kopyalandıqdan %n saniyə sonra silinir.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking…</source>
        <translation>Yoxlanılır…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Right: that is your passphrase.</source>
        <translation>Düzdür: bu sizin parol ifadənizdir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That is not your passphrase. Nothing was counted; try again slowly.</source>
        <translation>Bu sizin parol ifadəniz deyil. Heç nə sayılmadı; yenidən, tələsmədən yoxlayın.</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <location filename="../../ui/sharing/export_pages.py" line="+85"/>
        <source>Where should the bundle go?</source>
        <translation>Paket hara saxlanılsın?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example on a USB stick. The file is encrypted: it is safe to carry or to send by any channel.</source>
        <translation>Məsələn, USB yaddaşa. Fayl şifrələnib: onu daşımaq və ya istənilən kanalla göndərmək təhlükəsizdir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Seal the bundle</source>
        <translation>Paketi &amp;möhürlə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle file</source>
        <translation>Paket faylı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the bundle</source>
        <translation>Paketin saxlanacağı yeri seçin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What will be sealed</source>
        <translation>Nə möhürlənəcək</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are about to seal</source>
        <translation>Möhürləmək üzrəsiniz</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only encrypted data is written. If you cancel while it is being sealed, no file is left behind.</source>
        <translation>Yalnız şifrələnmiş məlumat yazılır. Möhürləmə zamanı ləğv etsəniz, heç bir fayl qalmır.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 incident</source>
        <translation>1 hadisə</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n incidents</source>
        <translation>
            <numerusform>%n hadisə</numerusform>
            <numerusform>%n hadisə</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For: {who}</source>
        <translation>Kimin üçün: {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed with this diary&apos;s key</source>
        <translation>Bu gündəliyin açarı ilə imzalanıb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed</source>
        <translation>İmzalanmayıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author: {name}</source>
        <translation>Müəllif: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>anonim</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the sealed bundle</source>
        <translation>Möhürlü paketi saxla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sealed bundles (*.age)</source>
        <translation>Möhürlü paketlər (*.age)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a folder with “Choose…”.</source>
        <translation>“Seç…” ilə qovluq seçin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with that name exists already. Choose another name.</source>
        <translation>Bu adda fayl artıq var. Başqa ad seçin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That folder does not exist. Choose another place.</source>
        <translation>Belə qovluq yoxdur. Başqa yer seçin.</translation>
    </message>
</context>
<context>
    <name>SelectPage</name>
    <message>
        <location line="-724"/>
        <source>Which incidents?</source>
        <translation>Hansı hadisələr?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what goes into the sealed bundle. Evidence files attached to these incidents go with them. Deleted incidents are never included.</source>
        <translation>Möhürlü paketə nəyin daxil olacağını seçin. Bu hadisələrə əlavə edilmiş sübut faylları da onlarla birlikdə gedir. Silinmiş hadisələr heç vaxt daxil edilmir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;All incidents</source>
        <translation>&amp;Bütün hadisələr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only the incidents I tick</source>
        <translation>&amp;Yalnız işarələdiyim hadisələr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents that happened &amp;between two dates</source>
        <translation>İki tarix &amp;arasında baş vermiş hadisələr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents with a &amp;tag</source>
        <translation>&amp;Etiketli hadisələr</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading the incidents</source>
        <translation>Hadisələr yüklənir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chosen</source>
        <translation>Seçilib</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out the &amp;originals of redacted copies (send only the copies)</source>
        <translation>Redaktə edilmiş surətlərin &amp;orijinallarını daxil etmə (yalnız surətləri göndər)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each copy still names its original&apos;s SHA-256 fingerprint, so the original can be shown later if needed.</source>
        <translation>Hər surət orijinalının SHA-256 barmaq izini göstərməkdə davam edir, belə ki, lazım olsa, orijinal sonra təqdim edilə bilər.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For a &amp;court: number incidents by date, evidence as annexes</source>
        <translation>&amp;Məhkəmə üçün: hadisələri tarixə görə nömrələ, sübutları əlavə kimi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incidents are numbered 1, 2, … by date and evidence files A1, A2, … in the report, the file names and the manifest, with no diary numbers; the report adds a list of documents with page numbers and a statement of truth to sign.</source>
        <translation>Hadisələr tarixə görə 1, 2, …, sübut faylları isə A1, A2, … kimi hesabatda, fayl adlarında və manifestdə nömrələnir, gündəliyin nömrələri olmadan; hesabata səhifə nömrələri ilə sənədlərin siyahısı və imzalanacaq həqiqət bəyanatı əlavə olunur.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search the incidents…</source>
        <translation>Hadisələrdə axtar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the incidents</source>
        <translation>Hadisələrdə axtar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incidents</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick all &amp;shown</source>
        <translation>Göstərilənlərin &amp;hamısını işarələ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Untick all</source>
        <translation>İşarələrin &amp;hamısını götür</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>Son</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;From</source>
        <translation>&amp;Başlanğıc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until</source>
        <translation>S&amp;on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counted by the day each incident started; both days are included.</source>
        <translation>Hər hadisənin başladığı günə görə hesablanır; hər iki gün daxildir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tag</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of your incidents has a tag yet.</source>
        <translation>Hadisələrinizin heç birinin hələ etiketi yoxdur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;ag</source>
        <translation>&amp;Etiket</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the incidents…</source>
        <translation>Hadisələr yüklənir…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 file</source>
        <translation>1 fayl</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n fayl</numerusform>
            <numerusform>%n fayl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+119"/>
        <source>1 incident chosen</source>
        <translation>1 hadisə seçilib</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n incidents chosen</source>
        <translation>
            <numerusform>%n hadisə seçilib</numerusform>
            <numerusform>%n hadisə seçilib</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no evidence files</source>
        <translation>sübut faylı yoxdur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 evidence file</source>
        <translation>1 sübut faylı</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n evidence files</source>
        <translation>
            <numerusform>%n sübut faylı</numerusform>
            <numerusform>%n sübut faylı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-115"/>
        <source>&amp;All incidents (%n)</source>
        <translation>
            <numerusform>&amp;Bütün hadisələr (%n)</numerusform>
            <numerusform>&amp;Bütün hadisələr (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Your diary has no incidents yet, so there is nothing to export.</source>
        <translation>Gündəliyinizdə hələ hadisə yoxdur, buna görə ixrac ediləcək heç nə yoxdur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No incidents chosen yet.</source>
        <translation>Hələ hadisə seçilməyib.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+118"/>
        <location line="+425"/>
        <source>Settings</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <location line="-420"/>
        <source>&amp;General</source>
        <translation>Ü&amp;mumi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Panic wipe</source>
        <translation>&amp;Təcili silmə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recovery code</source>
        <translation>&amp;Bərpa kodu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety chec&amp;k-up</source>
        <translation>&amp;Təhlükəsizlik yoxlaması</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Quire…</source>
        <translation>Quire haqqında…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Locking</source>
        <translation>Kilidləmə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> dəq</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <location line="+129"/>
        <source>Never</source>
        <translation>Heç vaxt</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Lock after this many idle minutes</source>
        <translation>Bu qədər dəqiqə fəaliyyətsizlikdən sonra kilidlə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock when idle for</source>
        <translation>Fəaliyyətsizlikdən sonra &amp;kilidlə</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quire will never lock itself. Anyone who reaches this computer while the diary is open can read it. Lock with Ctrl+L whenever you step away.</source>
        <translation>Quire heç vaxt özü kilidlənməyəcək. Gündəlik açıq ikən bu kompüterə yaxınlaşan hər kəs onu oxuya bilər. Uzaqlaşanda Ctrl+L ilə kilidləyin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s</source>
        <translation> san</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear copied text after this many seconds</source>
        <translation>Kopyalanmış mətni bu qədər saniyədən sonra sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear copied text after</source>
        <translation>Kopyalanmış mətni &amp;silmə müddəti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text you copy from Quire stays on the clipboard until you copy something else, and other programs can read it.</source>
        <translation>Quire-dan kopyaladığınız mətn başqa bir şey kopyalayana qədər mübadilə buferində qalır və digər proqramlar onu oxuya bilər.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove a pasted &amp;screenshot from the clipboard</source>
        <translation>Yapışdırılmış &amp;ekran şəklini mübadilə buferindən sil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Once a screenshot you pasted is stored in the diary, it is taken off the clipboard, so no other program can paste it later.</source>
        <translation>Yapışdırdığınız ekran şəkli gündəliyə yazılan kimi mübadilə buferindən silinir ki, başqa heç bir proqram onu sonra yapışdıra bilməsin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discretion</source>
        <translation>Diskretlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discreet mode</source>
        <translation>&amp;Diskret rejim</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+2"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La&amp;nguage</source>
        <translation>D&amp;il</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your signing key</source>
        <translation>İmza açarınız</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock the diary to see this.</source>
        <translation>Bunu görmək üçün gündəliyin kilidini açın.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every bundle this diary signs carries this key. Read it to the organisation by phone, so it knows the bundles come from you.</source>
        <translation>Bu gündəliyin imzaladığı hər paket bu açarı daşıyır. Paketlərin sizdən gəldiyini bilsinlər deyə onu təşkilata telefonla oxuyun.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing key, digits</source>
        <translation>İmza açarı, rəqəmlər</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing key, words</source>
        <translation>İmza açarı, sözlər</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The panic button (Ctrl+Shift+Delete) destroys the diary on this computer: first the key, so nothing can be decrypted any more, then every file. Backups kept elsewhere are not affected.</source>
        <translation>Təcili silmə düyməsi (Ctrl+Shift+Delete) bu kompüterdəki gündəliyi məhv edir: əvvəlcə açarı — bundan sonra heç nəyi deşifrə etmək olmur, sonra isə bütün faylları. Başqa yerdə saxlanan ehtiyat nüsxələrə təsir etmir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When the panic button is pressed</source>
        <translation>Təcili silmə düyməsi basılanda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ask once before wiping</source>
        <translation>Silməzdən əvvəl bir dəfə &amp;soruş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe when the button is &amp;held down for 2 seconds</source>
        <translation>Düymə 2 saniyə &amp;basılı saxlananda sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe at &amp;once, without a question</source>
        <translation>Soruşmadan &amp;dərhal sil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrong passphrases</source>
        <translation>Yanlış parol ifadələri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wipe after this many wrong passphrases</source>
        <translation>Bu qədər yanlış parol ifadəsindən sonra sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wipe after this many in a row</source>
        <translation>Ardıcıl neçə səhvdən sonra si&amp;linsin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After this many wrong passphrases in a row, the diary is destroyed — even if it is you mistyping. Keep a backup somewhere safe.</source>
        <translation>Ardıcıl bu qədər yanlış parol ifadəsindən sonra gündəlik məhv edilir — hətta səhv yazan sizin özünüz olsanız belə. Ehtiyat nüsxəni təhlükəsiz yerdə saxlayın.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warn on the unlock screen before the &amp;last attempt</source>
        <translation>Son cəhddən əvvəl kilid ekranında &amp;xəbərdarlıq et</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The warning can stop you before a slip of your own destroys the diary. But anyone at the unlock screen sees it too: someone who wants to read the diary will stop guessing, and someone who wants it gone will type one more.</source>
        <translation>Xəbərdarlıq sizin öz səhviniz gündəliyi məhv etməzdən əvvəl sizi dayandıra bilər. Amma kilid ekranının qarşısında olan hər kəs onu görür: gündəliyi oxumaq istəyən təxmin etməyi dayandırar, onun yox olmasını istəyən isə bir dəfə də yazar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+31"/>
        <location line="+237"/>
        <source>Duress passphrase</source>
        <translation>Məcburiyyət parolu</translation>
    </message>
    <message>
        <location line="-391"/>
        <source>Every window is called &quot;Notes&quot; and has a plain grey icon, the lock screen names nothing, and the backup reminder is not shown, so a glance at the screen or the taskbar does not reveal Quire.</source>
        <translation>Hər pəncərə «Qeydlər» adlanır və sadə boz nişanı olur, kilid ekranı heç nəyin adını çəkmir, ehtiyat nüsxə xatırlatması göstərilmir; beləliklə ekrana və ya tapşırıq panelinə bir nəzər Quire-ı üzə çıxarmır.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hide incident &amp;titles in the list until one is selected</source>
        <translation>Siyahıda hadisə &amp;başlıqlarını biri seçilənə qədər gizlət</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press %1 to hide everything at once: the diary locks (what you are writing is kept as a draft), its other windows close and a neutral lock screen shows. It is in the File menu too.</source>
        <translation>Hər şeyi bir anda gizlətmək üçün %1 düyməsini basın: gündəlik kilidlənir (yazdığınız qaralama kimi saxlanılır), digər pəncərələri bağlanır və neytral kilid ekranı görünür. Bu, Fayl menyusunda da var.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>A second passphrase for when you are forced to unlock Quire. Typed at the unlock screen, it silently destroys the diary and opens the decoy diary you prepare here, or an empty one. Choose one you will not type by mistake.</source>
        <translation>Quire-ı açmağa məcbur edildiyiniz hal üçün ikinci parol. Kilid ekranında yazılanda gündəliyi səssizcə məhv edir və burada hazırladığınız saxta gündəliyi, ya da boş gündəliyi açır. Səhvən yazmayacağınız bir parol seçin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quire never shows whether a duress passphrase is set: nothing on this computer reveals it. Setting a new one replaces the old one.</source>
        <translation>Quire məcburiyyət parolunun təyin edilib-edilmədiyini heç vaxt göstərmir: bu kompüterdə heç nə bunu üzə çıxarmır. Yenisini təyin etmək köhnəsini əvəz edir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duress passphrase again</source>
        <translation>Məcburiyyət parolu təkrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New duress &amp;passphrase</source>
        <translation>Yeni məcburiyyət &amp;parolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gain</source>
        <translation>Tək&amp;rar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set</source>
        <translation>Təyin &amp;et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the duress passphrase</source>
        <translation>Məcburiyyət parolunu təyin et</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>S&amp;il</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the duress passphrase</source>
        <translation>Məcburiyyət parolunu sil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;coy diary…</source>
        <translation>&amp;Saxta gündəlik…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare the decoy diary</source>
        <translation>Saxta gündəliyi hazırla</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changing the duress passphrase</source>
        <translation>Məcburiyyət parolu dəyişdirilir</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+31"/>
        <source>Unlock the diary to change this.</source>
        <translation>Bunu dəyişmək üçün gündəliyin kilidini açın.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Recovery code</source>
        <translation>Bərpa kodu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 24 words you wrote down when the diary was made open it on another computer, with your passphrase. Lost the paper? Type your passphrase to see them again, where no one can see the screen.</source>
        <translation>Gündəlik yaradılanda yazdığınız 24 söz parol ifadənizlə birlikdə onu başqa kompüterdə açır. Kağızı itirmisiniz? Onları yenidən görmək üçün parol ifadənizi yazın — ekranı heç kimin görmədiyi yerdə.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your passphrase</source>
        <translation>Parol ifadəniz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;passphrase</source>
        <translation>&amp;Parol ifadəniz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the recovery &amp;code</source>
        <translation>Bərpa &amp;kodunu göstər</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This diary has no recovery code: it is protected by the passphrase alone.</source>
        <translation>Bu gündəliyin bərpa kodu yoxdur: onu yalnız parol ifadəsi qoruyur.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Wrong passphrase.</source>
        <translation>Parol ifadəsi səhvdir.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The settings could not be saved: {error}</source>
        <translation>Parametrləri saxlamaq mümkün olmadı: {error}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The duress passphrase is set.</source>
        <translation>Məcburiyyət parolu təyin edildi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove the duress passphrase? Only your own passphrase will open Quire.</source>
        <translation>Məcburiyyət parolu silinsin? Quire-ı yalnız öz parol ifadəniz açacaq.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No duress passphrase is set now.</source>
        <translation>İndi heç bir məcburiyyət parolu təyin edilməyib.</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+154"/>
        <source>Working…</source>
        <translation>İcra olunur…</translation>
    </message>
</context>
<context>
    <name>SigningPage</name>
    <message>
        <location filename="../../ui/sharing/export_pages.py" line="+289"/>
        <source>Sign the bundle?</source>
        <translation>Paket imzalansın?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signature is optional. Decide what matters more to you.</source>
        <translation>İmza məcburi deyil. Sizin üçün nəyin daha vacib olduğuna qərar verin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign the bundle with this diary&apos;s key</source>
        <translation>Paketi bu gündəliyin açarı ilə &amp;imzala</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This diary&apos;s signing fingerprint</source>
        <translation>Bu gündəliyin imza barmaq izi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name on the report</source>
        <translation>Hesabatdakı adınız</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your &amp;name (optional)</source>
        <translation>&amp;Adınız (istəyə görə)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing lets the organisation prove the bundle came from your diary and was not altered; it also lets anyone who gets several of your bundles see that they came from the same diary.</source>
        <translation>İmza təşkilata paketin sizin gündəliyinizdən gəldiyini və dəyişdirilmədiyini sübut etməyə imkan verir; eyni zamanda sizin bir neçə paketinizi əldə edən hər kəs onların eyni gündəlikdən gəldiyini görə bilər.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign it when the organisation may need to prove in court or to a platform where the evidence came from. Leave it unsigned if being linked to your other bundles could put you at risk.</source>
        <translation>Təşkilat sübutların haradan gəldiyini məhkəmədə və ya platforma qarşısında sübut etməli ola bilərsə, imzalayın. Digər paketlərinizlə əlaqələndirilmək sizi riskə ata bilərsə, imzasız saxlayın.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Printed on the report&apos;s cover. Leave it empty to stay anonymous: the bundle then carries no name.</source>
        <translation>Hesabatın üz qabığında çap olunur. Anonim qalmaq üçün boş saxlayın: onda paketdə heç bir ad olmur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This diary&apos;s signing fingerprint: {fp}</source>
        <translation>Bu gündəliyin imza barmaq izi: {fp}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/sharing/export_wizard.py" line="+41"/>
        <source>Result</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>What to tell the organisation</source>
        <translation>Təşkilata nə demək lazımdır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Try again</source>
        <translation>&amp;Yenidən cəhd et</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sealing cancelled</source>
        <translation>Möhürləmə ləğv edildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>No bundle was written, and nothing was left on the disk.</source>
        <translation>Heç bir paket yazılmadı və diskdə heç nə qalmadı.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>You can start again whenever you are ready, or close this window.</source>
        <translation>Hazır olduqda yenidən başlaya və ya bu pəncərəni bağlaya bilərsiniz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle could not be sealed</source>
        <translation>Paketi möhürləmək mümkün olmadı</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bundle is sealed</source>
        <translation>Paket möhürləndi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only someone who knows the passphrase can open it.</source>
        <translation>Onu yalnız parol ifadəsini bilən aça bilər.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only {who} can open it.</source>
        <translation>Onu yalnız {who} aça bilər.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have not yet compared this organisation&apos;s fingerprint with them. Do it before you send the file.</source>
        <translation>Bu təşkilatın barmaq izini hələ onlarla müqayisə etməmisiniz. Faylı göndərməzdən əvvəl bunu edin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>and the cited chat exports, whole ({n}): every message in them, not only the excerpts</source>
        <translation>və istinad edilən çat ixracları tam şəkildə ({n}): yalnız çıxarışlar deyil, içlərindəki bütün mesajlar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not signed (it cannot be linked to your other bundles)</source>
        <translation>imzalanmayıb (onu digər paketlərinizlə əlaqələndirmək olmaz)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files</source>
        <translation>Sübut faylları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>İmza</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>1. Give them the file by any channel: a USB stick, a secure messenger, e-mail. It is encrypted; whoever carries it cannot read it.</source>
        <translation>1. Faylı onlara istənilən yolla verin: USB yaddaş, təhlükəsiz messenger, e-poçt. O, şifrələnib; onu daşıyan oxuya bilməz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2. They open it with Quire (“Open a received bundle…”) or with the standard age tool, then read README.txt and report.pdf inside.</source>
        <translation>2. Onlar onu Quire ilə (“Alınmış paketi aç…”) və ya standart age aləti ilə açır, sonra içindəki README.txt və report.pdf fayllarını oxuyurlar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3. Tell them the passphrase in person or by phone — never in the same message as the file.</source>
        <translation>3. Parol ifadəsini onlara şəxsən və ya telefonla deyin — heç vaxt faylla eyni mesajda yox.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3. They need the secret key file that belongs to the key you chose (age -d -i their-key.txt -o bundle.zip FILE).</source>
        <translation>3. Onlara seçdiyiniz açara aid gizli açar faylı lazımdır (age -d -i their-key.txt -o bundle.zip FILE).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>4. To check that it came from you, they can compare the signature fingerprint above with your earlier bundles, or with you by phone.</source>
        <translation>4. Onun sizdən gəldiyini yoxlamaq üçün onlar yuxarıdakı imza barmaq izini əvvəlki paketlərinizlə və ya telefonla sizinlə müqayisə edə bilərlər.</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <location filename="../../ui/timeline.py" line="+79"/>
        <source>Timeline</source>
        <translation>Zaman xətti</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Incidents over time, by category</source>
        <translation>Zamanla hadisələr, kateqoriyalar üzrə</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents over time</source>
        <translation>Zamanla hadisələr</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counting incidents</source>
        <translation>Hadisələr sayılır</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The diary is empty. Incidents you record will appear here.</source>
        <translation>Gündəlik boşdur. Qeyd etdiyiniz hadisələr burada görünəcək.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of the incidents has a date yet. Add dates to see them here.</source>
        <translation>Hadisələrin heç birinin hələ tarixi yoxdur. Onları burada görmək üçün tarix əlavə edin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The timeline could not be read: {error}</source>
        <translation>Zaman xəttini oxumaq mümkün olmadı: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incidents per year, each counted once under its first category.</source>
        <translation>İllər üzrə hadisələr; hər biri ilk kateqoriyası altında bir dəfə sayılır.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents per month, each counted once under its first category.</source>
        <translation>Aylar üzrə hadisələr; hər biri ilk kateqoriyası altında bir dəfə sayılır.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incidents with no date: {n}.</source>
        <translation>Tarixi olmayan hadisələr: {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dated only to the year, so not shown by month: {n}.</source>
        <translation>Tarixi yalnız il dəqiqliyi ilə bilinən, buna görə aylar üzrə göstərilməyən: {n}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Incidents</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{period} — {category}: {count}</source>
        <translation>{period} — {category}: {count}</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/pages/unlock.py" line="+43"/>
        <location line="+82"/>
        <source>Quire is locked</source>
        <translation>Quire kilidlidir</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+81"/>
        <source>Enter your passphrase to open the diary.</source>
        <translation>Gündəliyi açmaq üçün parol ifadənizi daxil edin.</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+1"/>
        <location line="+34"/>
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Keyboard and Caps Lock</source>
        <translation>Klaviatura və Caps Lock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One more wrong passphrase will destroy this diary.</source>
        <translation>Daha bir səhv parol ifadəsi bu gündəliyi məhv edəcək.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This vault was moved from another computer</source>
        <translation>Bu gündəlik başqa kompüterdən köçürülüb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery code</source>
        <translation>Bərpa kodu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 24 words of your recovery code</source>
        <translation>Bərpa kodunuzun 24 sözü</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/self_test.py" line="+161"/>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlocking</source>
        <translation>Kilid açılır</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Panic wipe…</source>
        <translation>Təcili silmə…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destroy the diary on this computer now, without the passphrase (Ctrl+Shift+Delete)</source>
        <translation>Bu kompüterdəki gündəliyi indi, parol olmadan məhv et (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Locked</source>
        <translation>Kilidlidir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your password to continue.</source>
        <translation>Davam etmək üçün parolunuzu daxil edin.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Keyboard: %1</source>
        <translation>Klaviatura: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>typing %1</source>
        <translation>yazılan: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caps Lock: shown once you type a letter</source>
        <translation>Caps Lock: hərf yazan kimi göstəriləcək</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAPS LOCK IS ON</source>
        <translation>CAPS LOCK AÇIQDIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caps Lock is off</source>
        <translation>Caps Lock bağlıdır</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>not known</source>
        <translation>məlum deyil</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Wrong passphrase. Check the keyboard language and Caps Lock.</source>
        <translation>Parol ifadəsi yanlışdır. Klaviaturanın dilini və Caps Lock düyməsini yoxlayın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This vault needs its recovery code on this computer. Tick the box below and type the 24 words.</source>
        <translation>Bu kompüterdə gündəliyi açmaq üçün bərpa kodu lazımdır. Aşağıdakı qutunu işarələyin və 24 sözü yazın.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The diary&apos;s files are damaged and cannot be opened safely: {what}. Nothing was changed. Restore a backup, or ask for help.</source>
        <translation>Gündəliyin faylları zədələnib və təhlükəsiz açıla bilmir: {what}. Heç nə dəyişdirilmədi. Ehtiyat nüsxəni bərpa edin və ya kömək istəyin.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/pages/welcome.py" line="+102"/>
        <source>Welcome to Quire</source>
        <translation>Quire-a xoş gəlmisiniz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quire is a private diary for recording harassment, threats and attacks, with the evidence: screenshots, files, links. Everything is encrypted on this computer. Nothing is sent anywhere, ever, unless you export a sealed bundle for an organisation you trust.</source>
        <translation>Quire təqib, təhdid və hücumları sübutları ilə — ekran görüntüləri, fayllar, keçidlər — qeyd etmək üçün şəxsi gündəlikdir. Hər şey bu kompüterdə şifrələnir. Etibar etdiyiniz təşkilat üçün möhürlü paket ixrac etməsəniz, heç nə heç vaxt heç yerə göndərilmir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quire protects your diary if this laptop is taken, copied or searched while Quire is locked.</source>
        <translation>Quire kilidli olduğu müddətdə bu noutbuk götürülsə, surəti çıxarılsa və ya axtarılsa, gündəliyiniz qorunur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It cannot protect you if someone has already installed spyware on this computer, or sees your screen while the diary is open. Lock Quire (Ctrl+L) whenever you step away; it also locks itself when you are idle.</source>
        <translation>Kimsə bu kompüterə artıq casus proqram quraşdırıbsa və ya gündəlik açıq ikən ekranınızı görürsə, Quire sizi qoruya bilməz. Kompüterdən uzaqlaşanda Quire-ı kilidləyin (Ctrl+L); bir müddət istifadə etmədikdə o özü də kilidlənir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create my diary</source>
        <translation>Gündəliyimi yarat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Ehtiyat nüsxədən &amp;bərpa et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a received bundle…</source>
        <translation>Alınmış paketi &amp;aç…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a passphrase</source>
        <translation>Parol ifadəsi seçin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passphrase is a password made of several words. Four or five unrelated words, in any language, are easy to remember and very hard to guess.</source>
        <translation>Parol ifadəsi bir neçə sözdən ibarət paroldur. İstənilən dildə bir-biri ilə əlaqəsi olmayan dörd-beş sözü yadda saxlamaq asan, tapmaq isə çox çətindir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Passphrase again</source>
        <translation>Parol ifadəsi təkrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase strength</source>
        <translation>Parol ifadəsinin etibarlılığı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;uggest a passphrase</source>
        <translation>Parol ifadəsi &amp;təklif et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest a passphrase of random words</source>
        <translation>Təsadüfi sözlərdən parol ifadəsi təklif et</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Again</source>
        <translation>Təkrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Etibarlılıq</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>If you forget this passphrase, nobody — not even the makers of Quire — can open your diary again. Write it down and keep it somewhere safe, away from the laptop.</source>
        <translation>Bu parol ifadəsini unutsanız, heç kim — hətta Quire-ı yaradanlar da — gündəliyinizi bir daha aça bilməz. Onu yazın və noutbukdan uzaqda, təhlükəsiz yerdə saxlayın.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also keep a secret in this computer&apos;s keyring</source>
        <translation>Bu kompüterin açar anbarında gizli açar da saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a device secret</source>
        <translation>Cihaz sirrindən istifadə et</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Then a copy of the diary is useless without this computer. You will get 24 words to write down: you need them to open the diary on another computer.</source>
        <translation>Onda gündəliyin surəti bu kompüter olmadan yararsızdır. Yazıb saxlamaq üçün 24 söz alacaqsınız: gündəliyi başqa kompüterdə açmaq üçün onlar lazımdır.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not available here: {reason}. The passphrase alone protects the diary.</source>
        <translation>Burada mümkün deyil: {reason}. Gündəliyi yalnız parol ifadəsi qoruyur.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Continue</source>
        <translation>Davam et</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type it once more, from memory</source>
        <translation>Onu bir daha, yaddaşdan yazın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A practice before the diary is made: type your passphrase without looking. If you cannot yet, go back, look at it again, or choose another.</source>
        <translation>Gündəlik yaradılmazdan əvvəl bir məşq: parol ifadənizi baxmadan yazın. Hələ bacarmırsınızsa, geri qayıdın, ona yenidən baxın və ya başqasını seçin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase, from memory</source>
        <translation>Parol ifadəsi, yaddaşdan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create the diary</source>
        <translation>Gündəliyi yarat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 words, each drawn from %2: about %3 bits. Write them down, then type them.</source>
        <translation>%1 söz, hər biri %2 söz arasından seçilib: təxminən %3 bit. Onları yazın, sonra yazıb təkrarlayın.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That is not the passphrase you chose.</source>
        <translation>Bu, seçdiyiniz parol ifadəsi deyil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two do not match yet.</source>
        <translation>İkisi hələ üst-üstə düşmür.</translation>
    </message>
</context>
<context>
    <name>_WorkDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="-330"/>
        <source>Progress</source>
        <translation>Gedişat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Ləğv et</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Ləğv edildi. Heç nə yazılmadı.</translation>
    </message>
</context>
<context>
    <name>chats</name>
    <message>
        <location filename="../../app/chats/detect.py" line="+86"/>
        <source>The export does not say whether it is Instagram or Facebook Messenger (their files are alike); taken as Instagram. Say --format facebook if it is Messenger.</source>
        <translation>İxrac onun Instagram, yoxsa Facebook Messenger olduğunu demir (onların faylları oxşardır); Instagram kimi qəbul edildi. Messenger-dirsə, --format facebook göstərin.</translation>
    </message>
    <message>
        <location filename="../../app/chats/store.py" line="+252"/>
        <source>{n} attached file(s) named in the chat are not in the export (exported without media?); their messages say so.</source>
        <translation>Çatda adı çəkilən {n} əlavə fayl ixracda yoxdur (media olmadan ixrac edilib?); onların mesajları bunu deyir.</translation>
    </message>
    <message>
        <location filename="../../app/chats/telegram.py" line="+174"/>
        <source>Some messages have no date_unixtime (an older export): their times are read in {zone}.</source>
        <translation>Bəzi mesajlarda date_unixtime yoxdur (köhnə ixrac): onların vaxtı {zone} qurşağında oxunur.</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>The account&apos;s {n} session(s) (devices, IP addresses, countries) are kept as account activity.</source>
        <translation>Hesabın {n} seansı (cihazlar, IP ünvanları, ölkələr) hesab fəaliyyəti kimi saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../app/chats/telegram_html.py" line="+167"/>
        <source>Message times without a UTC offset (an older export) are read in {zone}.</source>
        <translation>UTC fərqi olmayan mesaj vaxtları (köhnə ixrac) {zone} qurşağında oxunur.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>{n} service message(s) (calls, pins, members…) have no time in the HTML export; each is given the time of the message before it.</source>
        <translation>{n} xidməti mesajın (zənglər, bərkidilmələr, üzvlər…) HTML ixracında vaxtı yoxdur; hər birinə özündən əvvəlki mesajın vaxtı verilir.</translation>
    </message>
    <message>
        <location filename="../../app/chats/timezones.py" line="+47"/>
        <source>{offset} (this computer&apos;s offset now; no zone name known)</source>
        <translation>{offset} (bu kompüterin indiki fərqi; qurşağın adı məlum deyil)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{zone} (as given)</source>
        <translation>{zone} (göstərildiyi kimi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{zone} (this computer&apos;s; the export names none)</source>
        <translation>{zone} (bu kompüterinki; ixrac heç bir qurşaq göstərmir)</translation>
    </message>
    <message>
        <location filename="../../app/chats/whatsapp.py" line="+108"/>
        <source>Dates are written year first (year-month-day).</source>
        <translation>Tarixlər əvvəlcə il ilə yazılıb (il-ay-gün).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Day/month order: day first, read from the file (line {line}: {shown}).</source>
        <translation>Gün/ay qaydası: əvvəl gün, fayldan oxundu (sətir {line}: {shown}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day/month order: month first, read from the file (line {line}: {shown}).</source>
        <translation>Gün/ay qaydası: əvvəl ay, fayldan oxundu (sətir {line}: {shown}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Day/month order: day first, as the person said (--date-order {given}); every date in the file reads both ways.</source>
        <translation>Gün/ay qaydası: əvvəl gün, şəxsin dediyi kimi (--date-order {given}); fayldakı hər tarix hər iki cür oxunur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day/month order: month first, as the person said (--date-order {given}); every date in the file reads both ways.</source>
        <translation>Gün/ay qaydası: əvvəl ay, şəxsin dediyi kimi (--date-order {given}); fayldakı hər tarix hər iki cür oxunur.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Times read in {zone}.</source>
        <translation>Vaxtlar {zone} qurşağında oxunub.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times are written with AM/PM (12-hour clock).</source>
        <translation>Vaxtlar AM/PM ilə yazılıb (12 saatlıq).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{n} message(s) are earlier than the one before them in the file; WhatsApp does not promise time order. Each keeps its place in the file.</source>
        <translation>{n} mesaj fayldakı özündən əvvəlkindən daha erkəndir; WhatsApp vaxt ardıcıllığına zəmanət vermir. Hər biri fayldakı yerini saxlayır.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../ui/date_field.py" line="+113"/>
        <source>Choose on a calendar</source>
        <translation>Təqvimdə seçin</translation>
    </message>
    <message>
        <location filename="../../app/dates.py" line="+36"/>
        <source>&apos;{text}&apos; is not a date. Write it like 14.05.2025 or 14.05.2025 23:15.</source>
        <translation>“{text}” tarix deyil. Belə yazın: 14.05.2025 və ya 14.05.2025 23:15.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{text}&apos; is not a day of the calendar.</source>
        <translation>“{text}” — təqvimdə belə gün yoxdur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; has no such time of day.</source>
        <translation>“{text}” — günün belə vaxtı yoxdur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a date: use YYYY-MM-DD, YYYY-MM, or YYYY-MM-DDTHH:MM.</source>
        <translation>“{text}” tarix deyil: İİİİ-AA-GG, İİİİ-AA və ya İİİİ-AA-GGTSS:DD yazın.</translation>
    </message>
</context>
<context>
    <name>discreet</name>
    <message>
        <location filename="../../ui/discreet.py" line="+29"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <location filename="../../app/incidents/drafts.py" line="+176"/>
        <source>The files waiting in this draft would pass {limit}. Save the incident first; then add more files to it.</source>
        <translation>Bu qaralamada gözləyən fayllar {limit} həddini keçərdi. Əvvəlcə hadisəni yadda saxlayın, sonra ona daha çox fayl əlavə edin.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name} is not a file (folders are not added).</source>
        <translation>{name} fayl deyil (qovluqlar əlavə olunmur).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+92"/>
        <source>Cancelled; the file was not added.</source>
        <translation>Ləğv edildi; fayl əlavə olunmadı.</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+6"/>
        <source>No waiting file {file_id}.</source>
        <translation>Gözləyən {file_id} faylı yoxdur.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelled; the other files wait in the draft.</source>
        <translation>Ləğv edildi; digər fayllar qaralamada gözləyir.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>{name} is larger than {limit}, more than a draft holds. Save the incident first; then add this file to it.</source>
        <translation>{name} {limit} həcmindən böyükdür, qaralamanın tuta biləcəyindən çoxdur. Əvvəlcə hadisəni yadda saxlayın, sonra bu faylı ona əlavə edin.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/age/armor.py" line="+111"/>
        <source>armor line too long</source>
        <translation>zireh sətri çox uzundur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no BEGIN AGE ENCRYPTED FILE line</source>
        <translation>BEGIN AGE ENCRYPTED FILE sətri yoxdur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>too much whitespace before the armor</source>
        <translation>zirehdən əvvəl həddən artıq boşluq var</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first line is not -----BEGIN AGE ENCRYPTED FILE-----</source>
        <translation>birinci sətir -----BEGIN AGE ENCRYPTED FILE----- deyil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>data after the END AGE ENCRYPTED FILE line</source>
        <translation>END AGE ENCRYPTED FILE sətrindən sonra məlumat var</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too much whitespace after the armor</source>
        <translation>zirehdən sonra həddən artıq boşluq var</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing the END AGE ENCRYPTED FILE line (truncated?)</source>
        <translation>END AGE ENCRYPTED FILE sətri yoxdur (fayl kəsilib?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line after the last (short or padded) armor line</source>
        <translation>zirehin son (qısa və ya doldurulmuş) sətrindən sonra daha bir sətir var</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty line inside the armor</source>
        <translation>zirehin içində boş sətir var</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>armor line longer than 64 columns</source>
        <translation>zireh sətri 64 simvoldan uzundur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid base64 in the armor (bad character or padding)</source>
        <translation>zirehdə yanlış base64 (səhv simvol və ya doldurma)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>non-canonical base64 in the armor</source>
        <translation>zirehdə qeyri-kanonik base64</translation>
    </message>
    <message>
        <location filename="../../app/age/bech32.py" line="+72"/>
        <source>invalid padding in the data part</source>
        <translation>məlumat hissəsində yanlış doldurma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the prefix must be 1 or more printable ASCII characters</source>
        <translation>prefiks 1 və ya daha çox çap olunan ASCII simvolundan ibarət olmalıdır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the prefix mixes upper and lower case</source>
        <translation>prefiksdə böyük və kiçik hərflər qarışıqdır</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>contains spaces or characters outside printable ASCII</source>
        <translation>boşluq və ya çap olunan ASCII-dən kənar simvollar var</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/age/keys.py" line="+61"/>
        <source>mixes upper and lower case letters</source>
        <translation>böyük və kiçik hərflər qarışıqdır</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing the &apos;1&apos; separator after the prefix</source>
        <translation>prefiksdən sonra &apos;1&apos; ayırıcısı yoxdur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrong prefix {hrp}, expected {value}</source>
        <translation>yanlış prefiks {hrp}, gözlənilən: {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>too short to hold a checksum</source>
        <translation>nəzarət cəmini saxlamaq üçün çox qısadır</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid character(s) {value} (bech32 has no 1, b, i, o)</source>
        <translation>yanlış simvol(lar) {value} (bech32-də 1, b, i, o yoxdur)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/age/keys.py" line="+3"/>
        <source>bad checksum: a character was mistyped, swapped or lost</source>
        <translation>nəzarət cəmi uyğun gəlmir: bir simvol səhv yazılıb, yeri dəyişib və ya düşüb</translation>
    </message>
    <message>
        <location filename="../../app/age/decrypt.py" line="+70"/>
        <source>a passphrase (scrypt) stanza must be the only one in the header</source>
        <translation>parol ifadəsi (scrypt) bəndi başlıqda yeganə olmalıdır</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none of the given keys opens this file (it has: {kinds})</source>
        <translation>verilən açarların heç biri bu faylı açmır (faylda olanlar: {kinds})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unwrapped file key has the wrong length</source>
        <translation>açılmış fayl açarının uzunluğu səhvdir</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the file ends right after the header (no payload nonce)</source>
        <translation>fayl başlıqdan dərhal sonra bitir (məzmunun nonce-u yoxdur)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>the encrypted content is damaged: {exc}</source>
        <translation>şifrələnmiş məzmun zədələnib: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/age/encrypt.py" line="+38"/>
        <source>no recipients given</source>
        <translation>alıcı göstərilməyib</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} recipients: a file can have at most {max_stanzas}</source>
        <translation>{count} alıcı: bir faylın ən çox {max_stanzas} alıcısı ola bilər</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a passphrase can&apos;t be combined with other recipients (or another passphrase)</source>
        <translation>parol ifadəsini başqa alıcılarla (və ya başqa parol ifadəsi ilə) birləşdirmək olmaz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>post-quantum (age1pq1…) and classic (age1…) recipients can&apos;t be mixed: the file would only be as strong as the classic key; use all post-quantum keys</source>
        <translation>kvantdan sonrakı (age1pq1…) və klassik (age1…) alıcıları qarışdırmaq olmaz: fayl yalnız klassik açar qədər güclü olardı; hamısı üçün kvantdan sonrakı açarlardan istifadə edin</translation>
    </message>
    <message>
        <location filename="../../app/age/header.py" line="+63"/>
        <source>header MAC mismatch: the header was modified</source>
        <translation>başlığın MAC-ı uyğun gəlmir: başlıq dəyişdirilib</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>not a complete age file: the file {what}</source>
        <translation>tam age faylı deyil: fayl {what}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>header too large: more than {value} KiB (Quire reads at most that)</source>
        <translation>başlıq çox böyükdür: {value} KiB-dan çox (Quire ən çox bu qədər oxuyur)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>header has too many recipient stanzas: more than {max_stanzas} (Quire reads at most that many)</source>
        <translation>başlıqda alıcı bəndləri çox çoxdur: {max_stanzas}-dən çox (Quire ən çox bu qədər oxuyur)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>malformed stanza line (arguments must be printable ASCII, one space)</source>
        <translation>bəndin sətri düzgün deyil (arqumentlər çap olunan ASCII, bir boşluqla olmalıdır)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>malformed stanza body (or a stanza missing its final short line)</source>
        <translation>bəndin gövdəsi düzgün deyil (və ya bəndin son qısa sətri yoxdur)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>malformed stanza body: {exc}</source>
        <translation>bəndin gövdəsi düzgün deyil: {exc}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>malformed MAC line</source>
        <translation>MAC sətri düzgün deyil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed header MAC: {exc}</source>
        <translation>başlığın MAC-ı düzgün deyil: {exc}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed header MAC: wrong length</source>
        <translation>başlığın MAC-ı düzgün deyil: uzunluq səhvdir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unsupported age format version</source>
        <translation>age formatının bu versiyası dəstəklənmir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an age file (no age-encryption.org/v1 line)</source>
        <translation>age faylı deyil (age-encryption.org/v1 sətri yoxdur)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>malformed header line (expected a stanza or the MAC line)</source>
        <translation>başlıq sətri düzgün deyil (bənd və ya MAC sətri gözlənilirdi)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>header has no recipient stanzas</source>
        <translation>başlıqda alıcı bəndi yoxdur</translation>
    </message>
    <message>
        <location filename="../../app/age/keys.py" line="+10"/>
        <source>invalid recipient: it is empty</source>
        <translation>alıcı yanlışdır: boşdur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a secret key, not a recipient: never share it; use the age1… public key that goes with it</source>
        <translation>bu alıcı deyil, gizli açardır: onu heç kimə verməyin; onunla birgə olan age1… açıq açarından istifadə edin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SSH keys are not supported; use an age1… recipient</source>
        <translation>SSH açarları dəstəklənmir; age1… alıcısından istifadə edin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid recipient {shown}: {value}</source>
        <translation>alıcı {shown} yanlışdır: {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invalid recipient {shown}: wrong prefix {hrp} (expected age1… or post-quantum age1pq1…)</source>
        <translation>alıcı {shown} yanlışdır: prefiks {hrp} səhvdir (age1… və ya kvantdan sonrakı age1pq1… gözlənilirdi)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid recipient {shown}: wrong length ({count} bytes, expected {size}); part of it may be missing</source>
        <translation>alıcı {shown} yanlışdır: uzunluq səhvdir ({count} bayt, {size} gözlənilirdi); bir hissəsi itmiş ola bilər</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>invalid recipient {shown}: not a valid public key</source>
        <translation>alıcı {shown} yanlışdır: düzgün açıq açar deyil</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>line {number}: {problem}</source>
        <translation>sətir {number}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no recipients found</source>
        <translation>heç bir alıcı tapılmadı</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid identity: it is empty</source>
        <translation>identifikator yanlışdır: boşdur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plugin identities are not supported</source>
        <translation>plagin identifikatorları dəstəklənmir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a recipient (public key), not an identity: it can encrypt but not decrypt</source>
        <translation>bu identifikator deyil, alıcıdır (açıq açar): onunla şifrələmək olar, açmaq olmaz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid identity: {value}</source>
        <translation>identifikator yanlışdır: {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid identity: wrong prefix (expected AGE-SECRET-KEY-1… or AGE-SECRET-KEY-PQ-1…)</source>
        <translation>identifikator yanlışdır: prefiks səhvdir (AGE-SECRET-KEY-1… və ya AGE-SECRET-KEY-PQ-1… gözlənilirdi)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid identity: wrong length ({count} bytes, expected {size})</source>
        <translation>identifikator yanlışdır: uzunluq səhvdir ({count} bayt, {size} gözlənilirdi)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>identity file line {number}: {problem}</source>
        <translation>identifikator faylı, sətir {number}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no identities found in the identity file</source>
        <translation>identifikator faylında heç bir identifikator tapılmadı</translation>
    </message>
    <message>
        <location filename="../../app/age/scrypt.py" line="+83"/>
        <source>malformed scrypt stanza: bad work factor</source>
        <translation>scrypt bəndi düzgün deyil: iş əmsalı səhvdir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scrypt work factor {value} is above the limit {max_work_factor} (it would take too long to open)</source>
        <translation>scrypt iş əmsalı {value} {max_work_factor} həddini aşır (açılması çox uzun çəkərdi)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>scrypt work factor {work_factor} needs {value} MiB of memory, more than this computer could give</source>
        <translation>scrypt iş əmsalı {work_factor} {value} MiB yaddaş tələb edir, bu kompüterin verə biləcəyindən çox</translation>
    </message>
    <message>
        <location filename="../../app/age/stanza.py" line="+85"/>
        <source>malformed {type} stanza: body is {count} bytes, expected {wrapped_file_key_size}</source>
        <translation>{type} bəndi düzgün deyil: gövdə {count} baytdır, {wrapped_file_key_size} gözlənilirdi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>malformed {stanza_type} stanza: {count} arguments, expected {arg_count}</source>
        <translation>{stanza_type} bəndi düzgün deyil: {count} arqument, {arg_count} gözlənilirdi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>malformed {type} stanza {what}: {exc}</source>
        <translation>{type} bəndi {what} düzgün deyil: {exc}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed {type} stanza: the {what} is not {size} bytes</source>
        <translation>{type} bəndi düzgün deyil: {what} {size} bayt deyil</translation>
    </message>
    <message>
        <location filename="../../app/age/x25519.py" line="+45"/>
        <source>malformed {stanza_type} stanza: low-order share (all-zero shared secret)</source>
        <translation>{stanza_type} bəndi düzgün deyil: aşağı tərtibli pay (sıfır ortaq sirr)</translation>
    </message>
    <message>
        <location filename="../../app/archive_safety.py" line="+46"/>
        <source>has an unsafe name</source>
        <translation>adı təhlükəlidir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has control characters in its name</source>
        <translation>adında idarəedici simvollar var</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has an unsafe path</source>
        <translation>yolu təhlükəlidir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has a character that Windows forbids in file names</source>
        <translation>adında Windows-un fayl adlarında qadağan etdiyi simvol var</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ends in a dot or a space, which Windows drops</source>
        <translation>adı nöqtə və ya boşluqla bitir, Windows bunu atır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uses a name Windows keeps for devices</source>
        <translation>Windows-un qurğular üçün saxladığı addan istifadə edir</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>it holds more than {max_entries} entries</source>
        <translation>içində {max_entries}-dən çox element var</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an entry has an empty name</source>
        <translation>elementlərdən birinin adı boşdur</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/bundle/receive.py" line="+141"/>
        <source>the entry {name} {problem}</source>
        <translation>{name} elementi: {problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>the entry {name} is not a plain file</source>
        <translation>{name} elementi adi fayl deyil</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the entry {name} appears twice (perhaps in another case or normalisation)</source>
        <translation>{name} elementi iki dəfə var (bəlkə başqa hərf ölçüsü və ya normallaşdırma ilə)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the entry {name} uses an unsupported compression</source>
        <translation>{name} elementi dəstəklənməyən sıxılma üsulundan istifadə edir</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/bundle/receive.py" line="+62"/>
        <source>the entry {name} is encrypted inside the archive</source>
        <translation>{name} elementi arxivin içində şifrələnib</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the entry {name} looks like a compression bomb</source>
        <translation>{name} elementi sıxılma bombasına bənzəyir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it claims to hold more than 64 GiB</source>
        <translation>64 GiB-dan çox saxladığını iddia edir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the entry {clash} is both a file and a folder</source>
        <translation>{clash} elementi həm fayl, həm də qovluqdur</translation>
    </message>
    <message>
        <location filename="../../app/bundle/export.py" line="+63"/>
        <source>Choose what to export: all, some incidents, a date range or a tag.</source>
        <translation>Nəyi ixrac edəcəyinizi seçin: hamısını, bəzi hadisələri, tarix aralığını və ya etiketi.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{text} is neither a recipient (age1…) nor a contact in the address book.</source>
        <translation>{text} nə alıcıdır (age1…), nə də ünvan kitabçasındakı kontakt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose at least one recipient (--to).</source>
        <translation>Ən azı bir alıcı seçin (--to).</translation>
    </message>
    <message>
        <location line="+84"/>
        <location filename="../../app/report/model.py" line="+45"/>
        <source>Export cancelled; no bundle was written.</source>
        <translation>İxrac ləğv edildi; paket yazılmadı.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../app/cli/sharing.py" line="+32"/>
        <source>{out} exists already; choose another file name.</source>
        <translation>{out} artıq var; başqa fayl adı seçin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These recipients cannot share one bundle: {exc}.</source>
        <translation>Bu alıcılar bir paketi paylaşa bilməz: {exc}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No incidents match that selection; nothing was exported.</source>
        <translation>Bu seçimə uyğun hadisə yoxdur; heç nə ixrac edilmədi.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Not enough disk space for the bundle in {parent}; nothing was written.</source>
        <translation>{parent} qovluğunda paket üçün kifayət qədər yer yoxdur; heç nə yazılmadı.</translation>
    </message>
    <message>
        <location filename="../../app/bundle/identities.py" line="+27"/>
        <source>{path} is not a key file: it is a folder or a device.</source>
        <translation>{path} açar faylı deyil: qovluq və ya qurğudur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file {path} does not exist.</source>
        <translation>{path} açar faylı yoxdur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is too large to be a key file.</source>
        <translation>{name} açar faylı olmaq üçün çox böyükdür.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a key file ({detail}). Choose the file with your secret key: it contains a line beginning with AGE-SECRET-KEY-.</source>
        <translation>{name} açar faylı deyil ({detail}). Gizli açarınız olan faylı seçin: orada AGE-SECRET-KEY- ilə başlayan sətir var.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the key file that can open the bundle (-i FILE), or the bundle&apos;s passphrase.</source>
        <translation>Paketi aça bilən açar faylını (-i FILE) və ya paketin parol ifadəsini verin.</translation>
    </message>
    <message>
        <location filename="../../app/bundle/manifest.py" line="+28"/>
        <location line="+16"/>
        <location line="+8"/>
        <location filename="../../app/bundle/reader.py" line="+60"/>
        <location line="+13"/>
        <location filename="../../app/bundle/receive.py" line="-132"/>
        <location line="+88"/>
        <location line="+8"/>
        <location line="+27"/>
        <location line="+25"/>
        <location line="+11"/>
        <location line="+23"/>
        <location line="+4"/>
        <location line="+9"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+35"/>
        <location line="+91"/>
        <source>The bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>its manifest {detail}</source>
        <translation>onun manifesti {detail}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its manifest is not valid JSON</source>
        <translation>onun manifesti düzgün JSON deyil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not a Quire bundle</source>
        <translation>Quire paketi deyil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no valid version number</source>
        <translation>düzgün versiya nömrəsi yoxdur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This bundle has format version {value}; a newer Quire is needed to open it.</source>
        <translation>Bu paketin format versiyası {value}-dir; onu açmaq üçün Quire-in daha yeni versiyası lazımdır.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has a {key} that is not text</source>
        <translation>içindəki {key} mətn deyil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no list of files</source>
        <translation>fayl siyahısı yoxdur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has a file entry that is not an object</source>
        <translation>obyekt olmayan fayl yazısı var</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has a malformed file entry</source>
        <translation>düzgün olmayan fayl yazısı var</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no valid SHA-256 for {path}</source>
        <translation>{path} üçün düzgün SHA-256 yoxdur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no list of incidents</source>
        <translation>hadisə siyahısı yoxdur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has a malformed incident entry</source>
        <translation>düzgün olmayan hadisə yazısı var</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has an incident whose number is not a number</source>
        <translation>onda nömrəsi ədəd olmayan hadisə var</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has an incident whose {key} is not text</source>
        <translation>{key} sahəsi mətn olmayan hadisə var</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has an incident with a malformed evidence list</source>
        <translation>sübut siyahısı düzgün olmayan hadisə var</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has a sources entry that is not a list</source>
        <translation>mənbələr yazısı siyahı deyil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has a malformed source entry</source>
        <translation>düzgün olmayan mənbə yazısı var</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a source whose name is not text</source>
        <translation>adı mətn olmayan mənbə var</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names a source {path} that is not a listed file with its hash</source>
        <translation>{path} mənbəyini göstərir, amma o, həşi ilə siyahıda olan fayl deyil</translation>
    </message>
    <message>
        <location filename="../../app/bundle/reader.py" line="-19"/>
        <source>{path} is too large to show here; save the files to read it.</source>
        <translation>{path} burada göstərmək üçün çox böyükdür; oxumaq üçün faylları saxlayın.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} does not match its recorded hash</source>
        <translation>{path} qeydə alınmış həşinə uyğun gəlmir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an incident file is not valid JSON</source>
        <translation>hadisə fayllarından biri düzgün JSON deyil</translation>
    </message>
    <message>
        <location filename="../../app/bundle/receive.py" line="-327"/>
        <source>The bundle {name}</source>
        <translation>{name} paketi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle was not sealed for any of the given keys (wrong identity file?).</source>
        <translation>Bu paket verilən açarların heç biri üçün möhürlənməyib (yanlış identifikator faylı?).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not a valid sealed bundle ({exc})</source>
        <translation>düzgün möhürlənmiş paket deyil ({exc})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it is truncated or was altered ({exc})</source>
        <translation>kəsilib və ya dəyişdirilib ({exc})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its archive is damaged ({exc})</source>
        <translation>onun arxivi zədələnib ({exc})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the entry {name} has a name Quire keeps for itself</source>
        <translation>{name} elementinin adı Quire-in özü üçün saxladığı addır</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its manifest lists {path} twice</source>
        <translation>onun manifesti {path} faylını iki dəfə göstərir</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the entry {name} is not in the manifest</source>
        <translation>{name} elementi manifestdə yoxdur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry {name} is larger or smaller than the manifest says</source>
        <translation>{name} elementi manifestdə deyiləndən böyük və ya kiçikdir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is missing</source>
        <translation>{value} yoxdur</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>{name} is implausibly large</source>
        <translation>{name} inanılmaz dərəcədə böyükdür</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no manifest.json</source>
        <translation>içində manifest.json yoxdur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is invalid ({exc})</source>
        <translation>{name} yanlışdır ({exc})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its signature is missing</source>
        <translation>imzası yoxdur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has {sums_sig} but no signed manifest</source>
        <translation>içində {sums_sig} var, amma imzalanmış manifest yoxdur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it was signed by a key other than the one it names</source>
        <translation>göstərdiyi açardan başqa açarla imzalanıb</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its manifest names another signing fingerprint</source>
        <translation>onun manifesti başqa imza barmaq izini göstərir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{sums_sig} is missing</source>
        <translation>{sums_sig} yoxdur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{sums_sig} was made with another key than the manifest&apos;s</source>
        <translation>{sums_sig} manifestinkindən başqa açarla düzəldilib</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has {sums_sig} but no {sums}</source>
        <translation>içində {sums_sig} var, amma {sums} yoxdur</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the entry {name} holds more than the manifest says</source>
        <translation>{name} elementi manifestdə deyiləndən çox məlumat saxlayır</translation>
    </message>
    <message>
        <location filename="../../app/backup/archive.py" line="+105"/>
        <source>Not enough disk space to write the backup to {parent}; no backup was written.</source>
        <translation>{parent} qovluğunda ehtiyat nüsxəni yazmaq üçün diskdə kifayət qədər yer yoxdur; ehtiyat nüsxə yazılmadı.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A vault already exists at {home}; restore will not overwrite it.</source>
        <translation>{home} ünvanında artıq gündəlik var; bərpa onun üzərinə yazmayacaq.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{home} is not empty; restore into an empty or new folder.</source>
        <translation>{home} boş deyil; boş və ya yeni qovluğa bərpa edin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup {name}</source>
        <translation>{name} ehtiyat nüsxəsi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it has data after its manifest</source>
        <translation>manifestindən sonra məlumat var</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>it holds an unexpected entry {name}</source>
        <translation>içində gözlənilməz element {name} var</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>its manifest is implausibly large</source>
        <translation>onun manifesti inanılmaz dərəcədə böyükdür</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it is truncated or not a backup ({exc})</source>
        <translation>kəsilib və ya ehtiyat nüsxə deyil ({exc})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is truncated (its manifest is missing)</source>
        <translation>kəsilib (manifesti yoxdur)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not enough disk space to restore the backup into {home}; nothing was restored.</source>
        <translation>Ehtiyat nüsxəni {home} qovluğuna bərpa etmək üçün diskdə kifayət qədər yer yoxdur; heç nə bərpa edilmədi.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>it is truncated or has extra data at its end</source>
        <translation>kəsilib və ya sonunda artıq məlumat var</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has unexpected data at its end</source>
        <translation>sonunda gözlənilməz məlumat var</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>its manifest is unreadable</source>
        <translation>onun manifesti oxunmur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} has format version {value}; update Quire.</source>
        <translation>{label} format versiyası {value}-dir; Quire-i yeniləyin.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>its manifest is unreadable (a malformed file entry)</source>
        <translation>onun manifesti oxunmur (düzgün olmayan fayl yazısı)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its manifest lists {value} twice</source>
        <translation>onun manifesti {value} faylını iki dəfə göstərir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its manifest does not list the vault&apos;s files</source>
        <translation>onun manifesti gündəliyin fayllarını göstərmir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is missing</source>
        <translation>{name} yoxdur</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/bundle/receive.py" line="+10"/>
        <source>{name} does not match its recorded hash</source>
        <translation>{name} qeydə alınmış həşinə uyğun gəlmir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} is not in its manifest</source>
        <translation>{value} onun manifestində yoxdur</translation>
    </message>
    <message>
        <location filename="../../app/bundle/receive.py" line="+25"/>
        <source>The bundle is signed by {signer}, not by {expect_signer}.</source>
        <translation>Paket {expect_signer} ilə deyil, {signer} ilə imzalanıb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle is signed by nobody, not by {expect_signer}.</source>
        <translation>Paket heç kim tərəfindən imzalanmayıb, {expect_signer} tərəfindən də.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{name} does not ask for the time of this manifest</source>
        <translation>{name} bu manifestin vaxtını soruşmur</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{dest} is not an empty folder; choose a new or empty one.</source>
        <translation>{dest} boş qovluq deyil; yeni və ya boş qovluq seçin.</translation>
    </message>
    <message>
        <location filename="../../app/bundle/signers.py" line="+61"/>
        <source>{value} is not a signing-key fingerprint (it looks like SHA256: followed by 43 letters and digits).</source>
        <translation>{value} imza açarının barmaq izi deyil (o, SHA256: və ardınca 43 hərf və rəqəm kimi görünür).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The address book of signers {path} cannot be read ({strerror}).</source>
        <translation>İmzalayanların ünvan kitabçası {path} oxuna bilmir ({strerror}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The address book of signers ({path})</source>
        <translation>İmzalayanların ünvan kitabçası ({path})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a list of signers</source>
        <translation>imzalayanların siyahısı deyil</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give a name for this signer (who you know them to be).</source>
        <translation>Bu imzalayan üçün ad verin (onu kim kimi tanıyırsınız).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{value} is neither a signing-key fingerprint (SHA256:…) nor the name of one signer in your address book of signers.</source>
        <translation>{value} nə imza açarının barmaq izidir (SHA256:…), nə də imzalayanların ünvan kitabçanızdakı bir imzalayanın adı.</translation>
    </message>
    <message>
        <location filename="../../app/chats/detect.py" line="-35"/>
        <source>{main} is not a chat export Quire reads (WhatsApp .txt or .zip, Telegram result.json, Instagram or Messenger message_1.json).</source>
        <translation>{main} Quire-in oxuduğu çat ixracı deyil (WhatsApp .txt və ya .zip, Telegram result.json, Instagram və ya Messenger message_1.json).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No chat export found here (no _chat.txt, result.json, message_1.json or messages.html).</source>
        <translation>Burada çat ixracı tapılmadı (_chat.txt, result.json, message_1.json və ya messages.html yoxdur).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Unknown format {fmt}; choose one of {value}.</source>
        <translation>Naməlum format {fmt}; bunlardan birini seçin: {value}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--date-order is dmy (day first) or mdy (month first).</source>
        <translation>--date-order ya dmy (əvvəl gün), ya da mdy (əvvəl ay) olur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This looks like a {found} export, not {fmt}.</source>
        <translation>Bu, {fmt} deyil, {found} ixracına bənzəyir.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A Telegram HTML export starts with messages.html.</source>
        <translation>Telegram HTML ixracı messages.html ilə başlayır.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{first} has no messages.html beside it: a page is missing.</source>
        <translation>{first} faylının yanında messages.html yoxdur: bir səhifə çatışmır.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{main} has no message_1.json beside it: a part is missing.</source>
        <translation>{main} faylının yanında message_1.json yoxdur: bir hissə çatışmır.</translation>
    </message>
    <message>
        <location filename="../../app/chats/excerpts.py" line="+53"/>
        <source>Choose at least one message for the excerpt.</source>
        <translation>Çıxarış üçün ən azı bir mesaj seçin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An excerpt holds at most {max_messages} messages; this choice has {count}.</source>
        <translation>Çıxarışda ən çox {max_messages} mesaj ola bilər; bu seçimdə {count} mesaj var.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An excerpt&apos;s note must be text of at most {max_note} characters.</source>
        <translation>Çıxarışın qeydi ən çox {max_note} simvolluq mətn olmalıdır.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An excerpt&apos;s messages must all come from one conversation; these come from {count}.</source>
        <translation>Çıxarışın bütün mesajları bir söhbətdən olmalıdır; bunlar {count} söhbətdəndir.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>--from {first} --to {last} is not a range: indexes count from 1 and the range&apos;s end may not come before its start.</source>
        <translation>--from {first} --to {last} aralıq deyil: nömrələr 1-dən başlayır və aralığın sonu əvvəlindən qabaq ola bilməz.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Conversation {conversation_id} has no message with an index from {first} to {last}.</source>
        <translation>{conversation_id} söhbətində {first}-dən {last}-ə qədər nömrəli mesaj yoxdur.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No excerpt {excerpt_id}.</source>
        <translation>{excerpt_id} çıxarışı yoxdur.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location filename="../../app/chats/store.py" line="-79"/>
        <location filename="../../app/complaints/store.py" line="+197"/>
        <location filename="../../app/evidence/store.py" line="+235"/>
        <location filename="../../app/incidents/store.py" line="+190"/>
        <location line="+162"/>
        <source>No incident {incident_id}.</source>
        <translation>{incident_id} hadisəsi yoxdur.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No message {id}; nothing was added.</source>
        <translation>{id} mesajı yoxdur; heç nə əlavə edilmədi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No message {id} (nor {others} other(s)); nothing was added.</source>
        <translation>{id} mesajı yoxdur (daha {others} mesaj da yoxdur); heç nə əlavə edilmədi.</translation>
    </message>
    <message>
        <location filename="../../app/chats/meta.py" line="+120"/>
        <source>{name} is not UTF-8 text: not a Meta export.</source>
        <translation>{name} UTF-8 mətni deyil: Meta ixracı deyil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is truncated or damaged (line {lineno}, column {colno}).</source>
        <translation>{name} kəsilib və ya zədələnib (sətir {lineno}, sütun {colno}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not a Messenger or Instagram thread (no messages).</source>
        <translation>{name} Messenger və ya Instagram yazışması deyil (mesaj yoxdur).</translation>
    </message>
    <message>
        <location filename="../../app/chats/source.py" line="+28"/>
        <source>The export {name}</source>
        <translation>{name} ixracı</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name} is too large to be a chat export.</source>
        <translation>{name} çat ixracı olmaq üçün çox böyükdür.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is not UTF-8 text (byte {start}): not a chat export.</source>
        <translation>{name} UTF-8 mətni deyil (bayt {start}): çat ixracı deyil.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+6"/>
        <location line="+37"/>
        <source>{name} is not in the export.</source>
        <translation>{name} ixracda yoxdur.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>{name} is not a readable ZIP archive ({exc}).</source>
        <translation>{name} oxuna bilən ZIP arxivi deyil ({exc}).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} inside the archive is damaged ({exc}).</source>
        <translation>Arxivin içindəki {name} zədələnib ({exc}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>Not a readable file or folder: {path}</source>
        <translation>Oxuna bilən fayl və ya qovluq deyil: {path}</translation>
    </message>
    <message>
        <location filename="../../app/chats/store.py" line="+8"/>
        <source>This export holds no messages; nothing was imported.</source>
        <translation>Bu ixracda mesaj yoxdur; heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} (SHA-256 {value}…) was imported already, as chat source {value2} on {value3}; nothing was imported.</source>
        <translation>{name} (SHA-256 {value}…) artıq {value3} tarixində {value2} nömrəli çat mənbəyi kimi idxal edilib; heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <location line="+330"/>
        <source>Conversation {conversation_id} came from the export {name} together with conversation(s) {others}; the export is one piece of evidence and goes whole: confirm with --whole-export. Nothing was deleted.</source>
        <translation>{conversation_id} söhbəti {name} ixracından {others} söhbət(lər)i ilə birlikdə gəlib; ixrac bir sübutdur və bütöv silinir: --whole-export ilə təsdiqləyin. Heç nə silinmədi.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>No conversation {conversation_id}.</source>
        <translation>{conversation_id} söhbəti yoxdur.</translation>
    </message>
    <message>
        <location filename="../../app/chats/telegram.py" line="-144"/>
        <source>This Telegram export has a chat that is not an object.</source>
        <translation>Bu Telegram ixracında obyekt olmayan çat var.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This Telegram export has a chat without a list of messages.</source>
        <translation>Bu Telegram ixracında mesaj siyahısı olmayan çat var.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{name} is not UTF-8 text: not a Telegram export.</source>
        <translation>{name} UTF-8 mətni deyil: Telegram ixracı deyil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} is not a Telegram export (no chat or chat list in it).</source>
        <translation>{name} Telegram ixracı deyil (içində çat və ya çat siyahısı yoxdur).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} is truncated or damaged (line {line}, column {column}): it is not a complete Telegram export.</source>
        <translation>{name} kəsilib və ya zədələnib (sətir {line}, sütun {column}): tam Telegram ixracı deyil.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} is not a Telegram export (no messages, chats.list or sessions in it).</source>
        <translation>{name} Telegram ixracı deyil (içində messages, chats.list və ya sessions yoxdur).</translation>
    </message>
    <message>
        <location filename="../../app/chats/telegram_html.py" line="-5"/>
        <source>{name} is not a page of a Telegram HTML export.</source>
        <translation>{name} Telegram HTML ixracının səhifəsi deyil.</translation>
    </message>
    <message>
        <location filename="../../app/chats/timezones.py" line="-53"/>
        <source>Unknown time zone {name}: give an IANA name such as Europe/Baku or Asia/Tbilisi (on Windows, zone names need the tzdata package, which this build lacks).</source>
        <translation>Naməlum saat qurşağı {name}: Europe/Baku və ya Asia/Tbilisi kimi IANA adı verin (Windows-da qurşaq adları üçün tzdata paketi lazımdır, bu quruluşda isə o yoxdur).</translation>
    </message>
    <message>
        <location filename="../../app/chats/whatsapp.py" line="-206"/>
        <source>The dates mix two orders: line {line} reads day first, line {line2} month first. Is this one export?</source>
        <translation>Tarixlər iki qaydada qarışıqdır: {line}-ci sətir əvvəl günü, {line2}-ci sətir əvvəl ayı göstərir. Bu bir ixracdırmı?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--date-order {given} does not fit this file: line {line} ({shown}) can only be day first.</source>
        <translation>--date-order {given} bu fayla uyğun gəlmir: {line}-ci sətir ({shown}) yalnız əvvəl gün ola bilər.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--date-order {given} does not fit this file: line {line} ({shown}) can only be month first.</source>
        <translation>--date-order {given} bu fayla uyğun gəlmir: {line}-ci sətir ({shown}) yalnız əvvəl ay ola bilər.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Every date in this export reads both as day/month and month/day. Say which the phone used: --date-order dmy (23/03) or --date-order mdy (03/23).</source>
        <translation>Bu ixracdakı hər tarix həm gün/ay, həm də ay/gün kimi oxunur. Telefonun hansından istifadə etdiyini deyin: --date-order dmy (23/03) və ya --date-order mdy (03/23).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This is not a WhatsApp export: byte {start} is not UTF-8 text.</source>
        <translation>Bu WhatsApp ixracı deyil: {start} baytı UTF-8 mətni deyil.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is not a WhatsApp export: no line starts with a date and a time.</source>
        <translation>Bu WhatsApp ixracı deyil: heç bir sətir tarix və saatla başlamır.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chats.py" line="+116"/>
        <source>Choose the messages: either --from INDEX --to INDEX, or --message ID...</source>
        <translation>Mesajları seçin: ya --from INDEX --to INDEX, ya da --message ID...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A range needs both --from INDEX and --to INDEX.</source>
        <translation>Aralıq üçün həm --from INDEX, həm də --to INDEX lazımdır.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every --message must be a message of conversation {conversation}.</source>
        <translation>Hər --message {conversation} söhbətinin mesajı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="+91"/>
        <source>The JSON record is not valid JSON: {exc}</source>
        <translation>JSON yazısı düzgün JSON deyil: {exc}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/incidents/record.py" line="+94"/>
        <source>An incident must be a JSON object.</source>
        <translation>Hadisə JSON obyekti olmalıdır.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No such file: {path}</source>
        <translation>Belə fayl yoxdur: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} UTF-8 mətni deyil.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot use a device secret: {reason}. Run init without --device-secret to protect the vault with the passphrase alone.</source>
        <translation>Cihaz sirrindən istifadə etmək olmur: {reason}. Gündəliyi yalnız parol ifadəsi ilə qorumaq üçün init əmrini --device-secret olmadan işə salın.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+33"/>
        <location filename="../../app/evidence/store.py" line="-42"/>
        <source>Not a readable file: {f}</source>
        <translation>Oxuna bilən fayl deyil: {f}</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Nothing to change: give field options or --json FILE.</source>
        <translation>Dəyişəcək heç nə yoxdur: sahə seçimləri və ya --json FILE verin.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>{out} exists; choose another name or add --force.</source>
        <translation>{out} artıq var; başqa ad seçin və ya --force əlavə edin.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--tsr and --tsa-cert check a bundle: give the BUNDLE too.</source>
        <translation>--tsr və --tsa-cert paketi yoxlayır: BUNDLE-i də verin.</translation>
    </message>
    <message>
        <location filename="../../app/cli/prompts.py" line="+27"/>
        <source>Expected the {what} on standard input, found nothing.</source>
        <translation>{what} standart girişdə gözlənilirdi, amma heç nə tapılmadı.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No terminal to ask for the {what}; use --passphrase-stdin.</source>
        <translation>{what} soruşmaq üçün terminal yoxdur; --passphrase-stdin istifadə edin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>İki parol ifadəsi fərqlidir; heç nə dəyişmədi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/vault/vault.py" line="+247"/>
        <location line="+302"/>
        <source>The passphrase must not be empty.</source>
        <translation>Parol ifadəsi boş olmamalıdır.</translation>
    </message>
    <message>
        <location filename="../../app/cli/receiver.py" line="+35"/>
        <source>The bundle passphrase must not be empty.</source>
        <translation>Paketin parol ifadəsi boş olmamalıdır.</translation>
    </message>
    <message>
        <location filename="../../app/contacts/card.py" line="+82"/>
        <source>The contact card names no one.</source>
        <translation>Kontakt kartında ad göstərilməyib.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+52"/>
        <location line="+45"/>
        <location line="+82"/>
        <source>{path} exists; choose another name.</source>
        <translation>{path} artıq mövcuddur; başqa ad seçin.</translation>
    </message>
    <message>
        <location line="-165"/>
        <location filename="../../app/pictures.py" line="+40"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} oxuna bilmir: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is too large to be a contact card.</source>
        <translation>{path} kontakt kartı üçün çox böyükdür.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>{path} is not a Quire contact card.</source>
        <translation>{path} Quire kontakt kartı deyil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card&apos;s fingerprint does not match its key: the card was altered. Ask the organisation for its key again.</source>
        <translation>Kartdakı barmaq izi onun açarına uyğun gəlmir: kart dəyişdirilib. Təşkilatdan açarı yenidən istəyin.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No key was found in this picture. Take it again, closer and sharper.</source>
        <translation>Bu şəkildə açar tapılmadı. Yenidən, daha yaxından və aydın çəkin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This picture holds more than one key; crop it to one.</source>
        <translation>Bu şəkildə birdən çox açar var; onu bir açara qədər kəsin.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{out} exists; Quire never overwrites a key.</source>
        <translation>{out} artıq var; Quire açarın üzərinə heç vaxt yazmır.</translation>
    </message>
    <message>
        <location filename="../../app/cli/receiver.py" line="+7"/>
        <source>A contact card or sheet needs --name (who you are).</source>
        <translation>Kontakt kartı və ya səhifə üçün --name lazımdır (siz kimsiniz).</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Give a name after --remember (who you know the signer to be).</source>
        <translation>--remember-dən sonra ad verin (imzalayanı kim kimi tanıyırsınız).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--tsa-cert checks a token: give it with --tsr FILE.</source>
        <translation>--tsa-cert tokeni yoxlayır: onu --tsr FILE ilə birlikdə verin.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{path} is too large to be what it should be.</source>
        <translation>{path} olmalı olduğu şey üçün çox böyükdür.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: signers add SHA256:… NAME</source>
        <translation>İstifadə: signers add SHA256:… AD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: signers forget SHA256:…</source>
        <translation>İstifadə: signers forget SHA256:…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not in the address book.</source>
        <translation>{value} ünvan kitabçasında yoxdur.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sharing.py" line="+6"/>
        <source>A passphrase-protected bundle cannot also have --to recipients.</source>
        <translation>Parol ifadəsi ilə qorunan paketin --to alıcıları ola bilməz.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A key read from a picture needs --name.</source>
        <translation>Şəkildən oxunan açar üçün --name lazımdır.</translation>
    </message>
    <message>
        <location filename="../../app/contacts/book.py" line="+67"/>
        <location filename="../../app/contacts/card.py" line="-158"/>
        <source>Not a valid recipient: {exc}</source>
        <translation>Düzgün alıcı deyil: {exc}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A contact needs a name of 1 to {max_name} characters.</source>
        <translation>Kontaktın adı 1-dən {max_name}-ə qədər simvol olmalıdır.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes are limited to {max_notes} characters.</source>
        <translation>Qeydlər {max_notes} simvolla məhduddur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This recipient is already in the address book as {value}.</source>
        <translation>Bu alıcı ünvan kitabçasında artıq {value} kimi var.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No contact {contact_id}.</source>
        <translation>{contact_id} kontaktı yoxdur.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No contact named {text}.</source>
        <translation>{text} adlı kontakt yoxdur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several contacts are named {text}; use the id.</source>
        <translation>{text} adlı bir neçə kontakt var; nömrəsindən istifadə edin.</translation>
    </message>
    <message>
        <location filename="../../app/crypto/sshsig.py" line="+43"/>
        <source>the signature is truncated</source>
        <translation>imza kəsilib</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the signing key is not ssh-ed25519</source>
        <translation>imza açarı ssh-ed25519 deyil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signing key is malformed</source>
        <translation>imza açarı düzgün deyil</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>not an SSH signature</source>
        <translation>SSH imzası deyil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signature is not valid base64</source>
        <translation>imza düzgün base64 deyil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an SSHSIG version 1 signature</source>
        <translation>SSHSIG versiya 1 imzası deyil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signature is not for namespace {namespace}</source>
        <translation>imza {namespace} ad sahəsi üçün deyil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unsupported signature hash</source>
        <translation>imzanın həş alqoritmi dəstəklənmir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed signature</source>
        <translation>imza düzgün deyil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signature does not match the signed file</source>
        <translation>imza imzalanmış fayla uyğun gəlmir</translation>
    </message>
    <message>
        <location filename="../../app/crypto/stream.py" line="+39"/>
        <source>stream too long</source>
        <translation>axın çox uzundur</translation>
    </message>
    <message>
        <location line="+139"/>
        <location line="+87"/>
        <source>damaged or truncated data (authentication failed)</source>
        <translation>məlumat zədələnib və ya kəsilib (autentifikasiya alınmadı)</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>truncated data (shorter than one chunk)</source>
        <translation>məlumat kəsilib (bir hissədən qısadır)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>damaged data (bad final chunk length)</source>
        <translation>məlumat zədələnib (son hissənin uzunluğu səhvdir)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>truncated data (final chunk missing)</source>
        <translation>məlumat kəsilib (son hissə yoxdur)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>damaged data (empty final chunk)</source>
        <translation>məlumat zədələnib (son hissə boşdur)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>damaged data (trailing bytes after the final chunk)</source>
        <translation>məlumat zədələnib (son hissədən sonra artıq baytlar var)</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="+52"/>
        <source>Wrong passphrase.</source>
        <translation>Parol ifadəsi səhvdir.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{what} is damaged or has been altered: {detail}</source>
        <translation>{what} zədələnib və ya dəyişdirilib: {detail}</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../app/evidence/intake.py" line="+342"/>
        <source>Cancelled.</source>
        <translation>Ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/intake.py" line="-245"/>
        <source>Import cancelled.</source>
        <translation>İdxal ləğv edildi.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not enough disk space to store this; nothing was saved.</source>
        <translation>Bunu saxlamaq üçün diskdə kifayət qədər yer yoxdur; heç nə saxlanmadı.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The address is too long (more than {max_source_url} characters).</source>
        <translation>Ünvan çox uzundur ({max_source_url} simvoldan çox).</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Stopped; the remaining originals were left in place.</source>
        <translation>Dayandırıldı; qalan orijinallar yerində saxlandı.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{name} has changed since it was imported, so it was left in place.</source>
        <translation>{name} idxal ediləndən sonra dəyişib, ona görə yerində saxlandı.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cancelled; no copy was written.</source>
        <translation>Ləğv edildi; surət yazılmadı.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not enough disk space for the copy; nothing was written.</source>
        <translation>Surət üçün diskdə kifayət qədər yer yoxdur; heç nə yazılmadı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy could not be written: {value}.</source>
        <translation>Surət yazıla bilmədi: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/incidents/drafts.py" line="-269"/>
        <source>A draft must be a JSON object.</source>
        <translation>Qaralama JSON obyekti olmalıdır.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The draft cannot be stored: {exc}</source>
        <translation>Qaralama saxlanıla bilmir: {exc}</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+38"/>
        <source>No draft {draft_id}.</source>
        <translation>{draft_id} qaralaması yoxdur.</translation>
    </message>
    <message>
        <location filename="../../app/incidents/record.py" line="+4"/>
        <source>Unknown key {key} in the incident.</source>
        <translation>Hadisədə naməlum açar {key}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&apos;title&apos; must not be empty.</source>
        <translation>&apos;title&apos; boş olmamalıdır.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;occurred_until&apos; needs &apos;occurred_at&apos;.</source>
        <translation>&apos;occurred_until&apos; üçün &apos;occurred_at&apos; lazımdır.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;occurred_until&apos; is before &apos;occurred_at&apos;.</source>
        <translation>&apos;occurred_until&apos; &apos;occurred_at&apos;-dan əvvəldir.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{key} holds characters that are not valid Unicode text.</source>
        <translation>{key} düzgün Unicode mətni olmayan simvollar saxlayır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} contains a NUL character.</source>
        <translation>{key} NUL simvolu saxlayır.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{key} must be text.</source>
        <translation>{key} mətn olmalıdır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} is longer than {max_len} characters.</source>
        <translation>{key} {max_len} simvoldan uzundur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{key} must be a list.</source>
        <translation>{key} siyahı olmalıdır.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;tags[{i}]&apos; is empty.</source>
        <translation>&apos;tags[{i}]&apos; boşdur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{key} has the unknown value {value}; use one of: {names}.</source>
        <translation>{key} naməlum {value} dəyərini saxlayır; bunlardan birini istifadə edin: {names}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{key} must be a date in text form (YYYY-MM-DD).</source>
        <translation>{key} mətn şəklində tarix olmalıdır (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{key}: {exc}.</source>
        <translation>{key}: {exc}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{key} must be an object.</source>
        <translation>{key} obyekt olmalıdır.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown key {k} in {key}.</source>
        <translation>{key} içində naməlum açar {k}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;{key}.url&apos; must not be empty.</source>
        <translation>&apos;{key}.url&apos; boş olmamalıdır.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;severity&apos; must be a whole number from 1 to 5.</source>
        <translation>&apos;severity&apos; 1-dən 5-ə qədər tam ədəd olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../app/incidents/store.py" line="-88"/>
        <source>A note must not be empty.</source>
        <translation>Qeyd boş olmamalıdır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note must be text of at most {max_note} characters.</source>
        <translation>Qeyd ən çox {max_note} simvolluq mətn olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="+121"/>
        <source>{path} is not a file Quire wrote; it was left untouched. Keep the diary in a folder of its own.</source>
        <translation>{path} Quire-in yazdığı fayl deyil; ona toxunulmadı. Gündəliyi ayrıca qovluqda saxlayın.</translation>
    </message>
    <message>
        <location filename="../../app/storage/db.py" line="+87"/>
        <source>the file is missing</source>
        <translation>fayl yoxdur</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it cannot be decrypted or read</source>
        <translation>şifrəsi açıla və ya oxuna bilmir</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>it is not open</source>
        <translation>açıq deyil</translation>
    </message>
    <message>
        <location filename="../../app/storage/migrations.py" line="+407"/>
        <source>This vault was written by a newer Quire (schema {version}); this version understands up to {current}. Update Quire to open it.</source>
        <translation>Bu gündəlik Quire-in daha yeni versiyası ilə yazılıb (sxem {version}); bu versiya ən çox {current} sxemini başa düşür. Açmaq üçün Quire-i yeniləyin.</translation>
    </message>
    <message>
        <location filename="../../app/vault/device_secret.py" line="+58"/>
        <source>no OS keyring (Secret Service) is available on this system</source>
        <translation>bu sistemdə əməliyyat sisteminin açar anbarı (Secret Service) yoxdur</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the OS keyring refused to store the secret ({exc})</source>
        <translation>əməliyyat sisteminin açar anbarı sirri saxlamaqdan imtina etdi ({exc})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the OS keyring could not be read ({exc})</source>
        <translation>əməliyyat sisteminin açar anbarı oxuna bilmədi ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/vault/header.py" line="+87"/>
        <source>it has {count} bytes where {header_size} are expected</source>
        <translation>onda {header_size} əvəzinə {count} bayt var</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not a Quire vault header</source>
        <translation>Quire gündəliyinin başlığı deyil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown header version {version}</source>
        <translation>naməlum başlıq versiyası {version}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its checksum does not match</source>
        <translation>nəzarət cəmi uyğun gəlmir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown flags are set</source>
        <translation>naməlum bayraqlar qoyulub</translation>
    </message>
    <message>
        <location filename="../../app/vault/kdf.py" line="+92"/>
        <source>its key-derivation settings are impossible ({kib} KiB, {passes} passes, {lanes} lanes)</source>
        <translation>açar törətmə ayarları mümkün deyil ({kib} KiB, {passes} keçid, {lanes} xətt)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its key-derivation settings ({mib} MiB, {passes} passes, {lanes} lanes) are beyond Quire&apos;s ceiling (at most {max_mib} MiB, {max_passes} passes, {max_lanes} lanes, and no more work than {max_work} passes over 256 MiB)</source>
        <translation>açar törətmə ayarları ({mib} MiB, {passes} keçid, {lanes} xətt) Quire-in həddini aşır (ən çox {max_mib} MiB, {max_passes} keçid, {max_lanes} xətt və 256 MiB üzərində {max_work} keçiddən çox olmayan iş)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Key-derivation settings refused: {problem}.</source>
        <translation>Açar törətmə ayarları rədd edildi: {problem}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its key-derivation settings are below Quire&apos;s minimum</source>
        <translation>açar törətmə ayarları Quire-in minimumundan aşağıdır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key-derivation settings below the minimum need {test_flag_env}=1 (tests only).</source>
        <translation>Minimumdan aşağı açar törətmə ayarları üçün {test_flag_env}=1 lazımdır (yalnız testlər üçün).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not enough free memory to unlock: this vault&apos;s key derivation needs {value} MiB. Close other programs and try again.</source>
        <translation>Kilidi açmaq üçün boş yaddaş kifayət deyil: bu gündəliyin açar törətməsinə {value} MiB lazımdır. Başqa proqramları bağlayıb yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../../app/vault/recovery_code.py" line="+29"/>
        <source>A recovery code has 24 words; this one has {count}.</source>
        <translation>Bərpa kodu 24 sözdən ibarətdir; bunda {count} söz var.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a recovery-code word: {value}.</source>
        <translation>Bərpa kodunun sözü deyil: {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovery code&apos;s checksum does not match: a word is wrong.</source>
        <translation>Bərpa kodunun nəzarət cəmi uyğun gəlmir: sözlərdən biri səhvdir.</translation>
    </message>
    <message>
        <location filename="../../app/vault/rekey.py" line="+86"/>
        <source>its copy under the new key came out different</source>
        <translation>yeni açarla surəti fərqli alındı</translation>
    </message>
    <message>
        <location filename="../../app/vault/vault.py" line="-443"/>
        <source>{home} already holds files Quire did not write ({shown}{more}); they were left untouched. Choose an empty folder for the diary.</source>
        <translation>{home} içində Quire-in yazmadığı fayllar var ({shown}{more}); onlara toxunulmadı. Gündəlik üçün boş qovluq seçin.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The vault changed while it was being opened; unlock again.</source>
        <translation>Gündəlik açılarkən dəyişdi; yenidən kilidi açın.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No vault at {home}. Create one with &apos;quire-cli init&apos;.</source>
        <translation>{home} ünvanında gündəlik yoxdur. &apos;quire-cli init&apos; ilə yaradın.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>A vault already exists at {home}; it was left untouched.</source>
        <translation>{home} ünvanında artıq gündəlik var; ona toxunulmadı.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>This vault needs its device secret, but {exc}. Enter the recovery code to open it.</source>
        <translation>Bu gündəliyə cihaz sirri lazımdır, amma {exc}. Açmaq üçün bərpa kodunu daxil edin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This vault needs its device secret, which this computer&apos;s keyring does not hold. Enter the recovery code you wrote down when the vault was made.</source>
        <translation>Bu gündəliyə cihaz sirri lazımdır, bu kompüterin açar anbarında isə o yoxdur. Gündəlik yaradılanda yazdığınız bərpa kodunu daxil edin.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+25"/>
        <location line="+162"/>
        <location line="+90"/>
        <source>The vault is locked.</source>
        <translation>Gündəlik kilidlidir.</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>the vault&apos;s signing key is missing</source>
        <translation>gündəliyin imza açarı yoxdur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The vault&apos;s key file was changed elsewhere meanwhile; unlock again.</source>
        <translation>Bu arada gündəliyin açar faylı başqa yerdə dəyişdirildi; yenidən kilidi açın.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The vault was locked meanwhile; unlock it again. Nothing changed.</source>
        <translation>Bu arada gündəlik kilidləndi; yenidən kilidi açın. Heç nə dəyişmədi.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>That passphrase is set as the duress passphrase; choose another one.</source>
        <translation>Bu parol ifadəsi məcburiyyət parolu kimi təyin edilib; başqasını seçin.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Another window or task of Quire is still using the diary; let it finish and try again. Nothing was changed.</source>
        <translation>Quire-in başqa pəncərəsi və ya tapşırığı hələ gündəlikdən istifadə edir; onun bitməsini gözləyib yenidən cəhd edin. Heç nə dəyişmədi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another program has this diary open (another Quire window or a quire-cli command). Close it and try again. Nothing was changed.</source>
        <translation>Bu gündəliyi başqa proqram açıb (Quire-in başqa pəncərəsi və ya quire-cli əmri). Onu bağlayıb yenidən cəhd edin. Heç nə dəyişmədi.</translation>
    </message>
    <message>
        <location filename="../../app/wipe/erase.py" line="+324"/>
        <source>The vault&apos;s key file could not be overwritten; it was removed with everything else, but a copy of this disk may still hold it.</source>
        <translation>Gündəliyin açar faylının üzərinə yazmaq mümkün olmadı; o, hər şeylə birlikdə silindi, amma bu diskin surətində hələ qala bilər.</translation>
    </message>
    <message>
        <location filename="../../app/wipe/failures.py" line="+47"/>
        <source>The number of wrong passphrases must be 0 to {max_failures}.</source>
        <translation>Səhv parol ifadələrinin sayı 0-dan {max_failures}-ə qədər olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../app/actors/identifiers.py" line="+132"/>
        <location line="+14"/>
        <source>&apos;{value}&apos; is not a phone number.</source>
        <translation>&apos;{value}&apos; telefon nömrəsi deyil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{value}&apos; is not a handle.</source>
        <translation>&apos;{value}&apos; istifadəçi adı deyil.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;{value}&apos; is not a web address.</source>
        <translation>&apos;{value}&apos; veb ünvanı deyil.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown kind of identifier: {kind}.</source>
        <translation>Naməlum identifikator növü: {kind}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An identifier cannot be empty.</source>
        <translation>İdentifikator boş ola bilməz.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>&apos;{value}&apos; e-poçt ünvanı deyil.</translation>
    </message>
    <message>
        <location filename="../../app/actors/store.py" line="+97"/>
        <source>&apos;{code}&apos; is not a country calling code.</source>
        <translation>&apos;{code}&apos; ölkə telefon kodu deyil.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown kind of actor: {kind}.</source>
        <translation>Naməlum şəxs növü: {kind}.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Unknown role: {role}.</source>
        <translation>Naməlum rol: {role}.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>An actor cannot be merged into itself.</source>
        <translation>Şəxsi özü ilə birləşdirmək olmaz.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Choose the identifiers or incidents to split off.</source>
        <translation>Ayırmaq üçün identifikatorları və ya hadisələri seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only what actor {id} holds can be split off.</source>
        <translation>Yalnız {id} şəxsinə aid olanları ayırmaq olar.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+8"/>
        <source>No actor {id}.</source>
        <translation>{id} şəxsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../../app/cli/wipe.py" line="+52"/>
        <source>Nothing was wiped.</source>
        <translation>Heç nə silinmədi.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cannot read {path}: {error}</source>
        <translation>{path} oxunmur: {error}</translation>
    </message>
    <message>
        <location filename="../../app/decoy.py" line="+140"/>
        <source>A decoy diary holds at most {n} entries.</source>
        <translation>Saxta gündəlikdə ən çoxu {n} qeyd ola bilər.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The decoy diary is too long; shorten its entries.</source>
        <translation>Saxta gündəlik çox uzundur; qeydlərini qısaldın.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the decoy diary</source>
        <translation>saxta gündəlik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it cannot be read; prepare it again</source>
        <translation>onu oxumaq mümkün deyil; yenidən hazırlayın</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set a duress passphrase first: it is what opens the decoy diary.</source>
        <translation>Əvvəlcə məcburiyyət parolu təyin edin: saxta gündəliyi məhz o açır.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Line {n}: an entry needs a title after “## ”.</source>
        <translation>Sətir {n}: qeydin «## » işarəsindən sonra başlığı olmalıdır.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line {n}: the first entry must start with “## ”.</source>
        <translation>Sətir {n}: ilk qeyd «## » ilə başlamalıdır.</translation>
    </message>
    <message>
        <location filename="../../app/complaints/store.py" line="-29"/>
        <source>The {what} must be a whole day, like 2025-05-14.</source>
        <translation>{what} 2025-05-14 kimi tam gün olmalıdır.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The {what} must be at most {max} characters.</source>
        <translation>{what} ən çox {max} simvol olmalıdır.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Evidence {evidence_id} is not a file of incident {incident_id}.</source>
        <translation>{evidence_id} sübutu {incident_id} hadisəsinin faylı deyil.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown body: {body}.</source>
        <translation>Naməlum orqan: {body}.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A response cannot come before its complaint ({date}).</source>
        <translation>Cavab şikayətdən ({date}) əvvəl ola bilməz.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No complaint {id}.</source>
        <translation>{id} şikayəti yoxdur.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/store.py" line="-55"/>
        <source>Not a readable file: {path}</source>
        <translation>Oxuna bilən fayl deyil: {path}</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Not enough disk space to store this file; nothing was saved.</source>
        <translation>Bu faylı saxlamaq üçün diskdə kifayət qədər yer yoxdur; heç nə saxlanmadı.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <source>Import cancelled; nothing was saved.</source>
        <translation>İdxal ləğv edildi; heç nə saxlanmadı.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No evidence {evidence_id}.</source>
        <translation>{evidence_id} sübutu yoxdur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No evidence {evidence_id} in incident {incident_id}.</source>
        <translation>{incident_id} hadisəsində {evidence_id} sübutu yoxdur.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>evidence {id} ({name})</source>
        <translation>{id} sübutu ({name})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its encrypted file is missing</source>
        <translation>onun şifrələnmiş faylı yoxdur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its encrypted file has a bad header</source>
        <translation>onun şifrələnmiş faylının başlığı səhvdir</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>its content does not match its recorded hash</source>
        <translation>onun məzmunu qeydə alınmış həşinə uyğun gəlmir</translation>
    </message>
    <message>
        <location filename="../../app/wipe/duress.py" line="+52"/>
        <source>The duress passphrase must not be empty.</source>
        <translation>Məcburiyyət parolu boş olmamalıdır.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duress passphrase must differ from the vault&apos;s passphrase.</source>
        <translation>Məcburiyyət parolu gündəliyin parol ifadəsindən fərqli olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../app/bundle/timestamp.py" line="+111"/>
        <source>The time-stamp token</source>
        <translation>Vaxt möhürü tokeni</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+15"/>
        <location line="+6"/>
        <location line="+11"/>
        <location line="+28"/>
        <location line="+2"/>
        <location line="+21"/>
        <location line="+4"/>
        <location line="+84"/>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+4"/>
        <location line="+12"/>
        <location line="+21"/>
        <source>its structure is not what RFC 3161 describes</source>
        <translation>onun quruluşu RFC 3161-in təsvir etdiyi kimi deyil</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>it does not carry its signer&apos;s certificate</source>
        <translation>onda imzalayanın sertifikatı yoxdur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its signer&apos;s key is neither RSA nor ECDSA</source>
        <translation>imzalayanın açarı nə RSA, nə də ECDSA-dır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its signature does not verify</source>
        <translation>onun imzası təsdiqlənmir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The time-stamp token&apos;s signer certificate is not one for time-stamping.</source>
        <translation>Vaxt möhürü tokenini imzalayanın sertifikatı vaxt möhürü üçün deyil.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The time-stamp token was not signed by the given TSA certificate nor by one it issued.</source>
        <translation>Vaxt möhürü tokeni verilən TSA sertifikatı ilə və ya onun verdiyi sertifikatla imzalanmayıb.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The time-stamp authority did not grant this token (status {status}).</source>
        <translation>Vaxt möhürü orqanı bu tokeni verməyib (status {status}).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>it uses a digest Quire does not check</source>
        <translation>o, Quire-ın yoxlamadığı həş alqoritmindən istifadə edir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its signed digest does not match its content</source>
        <translation>onun imzalanmış həşi məzmununa uyğun gəlmir</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The time-stamp token is for another file, not this bundle&apos;s manifest.json.</source>
        <translation>Vaxt möhürü tokeni bu paketin manifest.json faylı üçün deyil, başqa fayl üçündür.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The time-stamp token answers another request than this bundle&apos;s.</source>
        <translation>Vaxt möhürü tokeni bu paketin sorğusuna deyil, başqa sorğuya cavabdır.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The TSA certificate file is not a certificate.</source>
        <translation>TSA sertifikatı faylı sertifikat deyil.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/redact.py" line="+59"/>
        <source>&apos;{text}&apos; is not a region: write x,y,width,height, e.g. 10%,20%,30%,5%.</source>
        <translation>&apos;{text}&apos; sahə deyil: x,y,en,hündürlük yazın, məs. 10%,20%,30%,5%.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A region must lie inside the picture.</source>
        <translation>Sahə şəklin içində olmalıdır.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown way to redact: {mode}.</source>
        <translation>Naməlum gizlətmə üsulu: {mode}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose between 1 and {max} regions.</source>
        <translation>1-dən {max}-ə qədər sahə seçin.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Only evidence of an incident can be redacted.</source>
        <translation>Yalnız hadisənin sübutunda gizlətmə etmək olar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/pictures.py" line="-8"/>
        <source>{name} is too large to be a picture.</source>
        <translation>{name} şəkil olmaq üçün çox böyükdür.</translation>
    </message>
    <message>
        <location filename="../../app/pictures.py" line="+28"/>
        <source>{name} is not a picture Quire can read.</source>
        <translation>{name} Quire-in oxuya bildiyi şəkil deyil.</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../ui/pages/passphrase_fields.py" line="+15"/>
        <source>&amp;Show passphrase</source>
        <translation>Parol ifadəsini &amp;göstər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation>Parol ifadəsini göstər</translation>
    </message>
</context>
<context>
    <name>readme</name>
    <message>
        <location filename="../../app/bundle/layout.py" line="+71"/>
        <source>QUIRE EVIDENCE BUNDLE</source>
        <translation>QUIRE SÜBUT PAKETİ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This folder came out of a sealed bundle made with Quire, an encrypted diary of
harassment. It was encrypted so that only your organisation&apos;s key can open it.</source>
        <translation>Bu qovluq Quire (təqiblər haqqında şifrələnmiş gündəlik) ilə hazırlanmış
möhürlü paketdən çıxıb. O elə şifrələnib ki, yalnız təşkilatınızın açarı onu aça bilər.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1. Decrypting (if you have not already)</source>
        <translation>1. Şifrəni açmaq (hələ açmamısınızsa)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>2. Reading</source>
        <translation>2. Oxumaq</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   report.pdf and report.html are the readable report: cover, chronology,
   and every incident in full with its evidence table. incidents/*.json hold the
   same records for import into a case database (format: manifest.json,
   &apos;format&apos; and &apos;version&apos;). evidence/ holds the original files, byte for byte.
   sources/ (when present) holds the original chat exports that the report&apos;s
   chat excerpts cite: each message&apos;s citation names the export&apos;s SHA-256 and
   the message&apos;s index (#) in it.</source>
        <translation>   report.pdf və report.html oxunaqlı hesabatdır: üz qabığı, xronologiya
   və hər hadisə sübut cədvəli ilə birlikdə tam şəkildə. incidents/*.json eyni
   qeydləri iş bazasına idxal üçün saxlayır (format: manifest.json,
   &apos;format&apos; və &apos;version&apos;). evidence/ orijinal faylları bayt-bayt saxlayır.
   sources/ (varsa) hesabatdakı çat çıxarışlarının istinad etdiyi orijinal
   çat ixraclarını saxlayır: hər mesajın istinadı ixracın SHA-256-sını və
   mesajın oradakı nömrəsini (#) göstərir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>3. Checking that no file was changed</source>
        <translation>3. Heç bir faylın dəyişmədiyini yoxlamaq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>   In this folder run:</source>
        <translation>   Bu qovluqda işə salın:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>   Every line must say OK. manifest.json lists the same SHA-256 values and sizes.</source>
        <translation>   Hər sətirdə OK yazılmalıdır. manifest.json eyni SHA-256 dəyərlərini və ölçüləri göstərir.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>4. Checking the signature (who made it, and that the lists are unaltered)
   ssh-keygen ships with current Windows, macOS and Linux. Run:</source>
        <translation>4. İmzanı yoxlamaq (onu kim hazırlayıb və siyahılar dəyişməyibmi)
   ssh-keygen müasir Windows, macOS və Linux ilə gəlir. İşə salın:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>   Each must print &apos;Good &quot;quire-bundle&quot; signature&apos;. The key&apos;s fingerprint
   ({command}) is the same in every bundle from the same
   diary: compare it with earlier bundles or with the person who sent it.</source>
        <translation>   Hər biri &apos;Good &quot;quire-bundle&quot; signature&apos; yazmalıdır. Açarın barmaq izi
   ({command}) eyni gündəlikdən gələn hər paketdə eynidir:
   onu əvvəlki paketlərlə və ya göndərən şəxslə müqayisə edin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>4. Signature
   This bundle is not signed: its maker chose not to link it to their diary.
   It carries no ids, exact record times or revision chain head from the diary
   (ids count from 1 in each bundle; record times are given to the day).
   The hashes above still show whether any file changed after it was made.</source>
        <translation>4. İmza
   Bu paket imzalanmayıb: onu hazırlayan onu öz gündəliyi ilə əlaqələndirməməyi seçib.
   Onda gündəlikdən identifikatorlar, dəqiq qeyd vaxtları və versiyalar zəncirinin başı yoxdur
   (identifikatorlar hər paketdə 1-dən başlayır; qeyd vaxtları gün dəqiqliyi ilə verilir).
   Yuxarıdakı həşlər yenə də paket hazırlandıqdan sonra hər hansı faylın dəyişib-dəyişmədiyini göstərir.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>5. Time others can vouch for (RFC 3161)
   {request} asks a time-stamping authority (TSA) to sign the SHA-256 of
   {manifest}. Send it to one soon after you receive the bundle (the sender
   cannot: Quire never goes online), keep the token with the bundle:</source>
        <translation>5. Başqalarının təsdiq edə biləcəyi vaxt (RFC 3161)
   {request} vaxt möhürü orqanından (TSA) {manifest} faylının SHA-256 həşini
   imzalamağı xahiş edir. Paketi alandan az sonra onu bir TSA-ya göndərin (göndərən
   bunu edə bilməz: Quire heç vaxt şəbəkəyə çıxmır), tokeni paketlə birlikdə saxlayın:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>   (or any other TSA). Read and check the token:</source>
        <translation>   (və ya istənilən başqa TSA). Tokeni oxuyun və yoxlayın:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>   A good token proves that {manifest}, and so every file it lists by its
   SHA-256, existed no later than the token&apos;s time. It does not prove when
   the incidents happened or who made the bundle.</source>
        <translation>   Düzgün token sübut edir ki, {manifest} və deməli, onun SHA-256 ilə sadaladığı
   hər fayl tokenin vaxtından gec olmayaraq mövcud idi. O, insidentlərin nə vaxt
   baş verdiyini və paketi kimin hazırladığını sübut etmir.</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../app/recovery_display.py" line="+18"/>
        <source>This diary has no recovery code: it is protected by the passphrase alone.</source>
        <translation>Bu gündəliyin bərpa kodu yoxdur: onu yalnız parol ifadəsi qoruyur.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../app/report/chart.py" line="+19"/>
        <source>Uncategorised</source>
        <translation>Kateqoriyasız</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Incidents per month, by their first category.</source>
        <translation>Aylar üzrə hadisələr, birinci kateqoriyalarına görə.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents per year, by their first category.</source>
        <translation>İllər üzrə hadisələr, birinci kateqoriyalarına görə.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not shown: {n} dated only to the year.</source>
        <translation>Göstərilmir: tarixi yalnız ilə qədər məlum olan {n} hadisə.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not shown: {n} without a date.</source>
        <translation>Göstərilmir: tarixsiz {n} hadisə.</translation>
    </message>
    <message>
        <location filename="../../app/report/content.py" line="+21"/>
        <source>Incident report</source>
        <translation>Hadisələr haqqında hesabat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>anonim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not signed</source>
        <translation>imzalanmayıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None recorded.</source>
        <translation>Heç nə qeyd edilməyib.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+422"/>
        <source>Identifiers</source>
        <translation>İdentifikatorlar</translation>
    </message>
    <message>
        <location line="-405"/>
        <location filename="../../app/report/html_report.py" line="+209"/>
        <location filename="../../app/report/pdf_report.py" line="+330"/>
        <source>Categories</source>
        <translation>Kateqoriyalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/html_report.py" line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Severity</source>
        <translation>Ciddilik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was targeted</source>
        <translation>Kim hədəf alınıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrators</source>
        <translation>Törədənlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platforms and channels</source>
        <translation>Platformalar və kanallar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses</source>
        <translation>Şahidlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Təsir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiketlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First recorded</source>
        <translation>İlk qeyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Son dəyişiklik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved revisions</source>
        <translation>Saxlanmış versiyalar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted in the diary</source>
        <translation>Gündəlikdə silinib</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seen</source>
        <translation>Görülüb</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+253"/>
        <location filename="../../app/report/html_report.py" line="-1"/>
        <location line="+260"/>
        <location filename="../../app/report/pdf_report.py" line="-3"/>
        <location line="+175"/>
        <location line="+51"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location line="-251"/>
        <location filename="../../app/report/html_report.py" line="+2"/>
        <location filename="../../app/report/pdf_report.py" line="-49"/>
        <source>Reference</source>
        <translation>İstinad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added</source>
        <translation>Əlavə edilib</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Shown blurred: marked intimate by the person. The original is in the bundle: {path}</source>
        <translation>Bulanıq göstərilir: şəxs bunu intim kimi işarələyib. Orijinal paketdədir: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redacted copy of evidence {label}, SHA-256 {sha256}</source>
        <translation>{label} nömrəli sübutun redaktə edilmiş surəti, SHA-256 {sha256}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redacted copy; the original is not in this bundle. Its SHA-256: {sha256}</source>
        <translation>Redaktə edilmiş surət; orijinal bu paketdə yoxdur. Onun SHA-256: {sha256}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Time (UTC)</source>
        <translation>Vaxt (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>Göndərən</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <translation>İstinad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages chosen from imported chat exports. Each row cites the SHA-256 of the original export file and the message&apos;s index (#) in it, so it can be found there; where the file is in this bundle, its path is given and its hash is listed in manifest.json.</source>
        <translation>İdxal edilmiş çat ixraclarından seçilmiş mesajlar. Hər sətir orijinal ixrac faylının SHA-256-sını və mesajın oradakı nömrəsini (#) göstərir ki, onu orada tapmaq mümkün olsun; fayl bu paketdədirsə, onun yolu verilir və həşi manifest.json-da göstərilir.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export file</source>
        <translation>İxrac faylı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export SHA-256</source>
        <translation>İxracın SHA-256-sı</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/report/html_report.py" line="-179"/>
        <location filename="../../app/report/pdf_report.py" line="+124"/>
        <source>File in bundle</source>
        <translation>Paketdəki fayl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excerpt</source>
        <translation>Çıxarış</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(untitled)</source>
        <translation>(başlıqsız)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Each file in this bundle is listed in manifest.json with its SHA-256 hash, which this report also shows for every evidence file. To check that a file has not changed, compute its hash with sha256sum (on macOS: shasum -a 256; on Windows: certutil -hashfile FILE SHA256) and compare it with the listed value.</source>
        <translation>Bu paketdəki hər fayl manifest.json-da SHA-256 həşi ilə göstərilib; bu hesabat da hər sübut faylı üçün onu göstərir. Faylın dəyişmədiyini yoxlamaq üçün onun həşini sha256sum ilə hesablayın (macOS-da: shasum -a 256; Windows-da: certutil -hashfile FILE SHA256) və göstərilən dəyərlə müqayisə edin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>manifest.json is signed with the ssh-ed25519 key whose fingerprint is shown above. Check the signature with ssh-keygen -Y verify (part of OpenSSH) using manifest.json and manifest.sig; README.txt in this bundle gives the exact commands. Confirm the fingerprint with the sender through a separate channel you trust.</source>
        <translation>manifest.json barmaq izi yuxarıda göstərilən ssh-ed25519 açarı ilə imzalanıb. İmzanı manifest.json və manifest.sig ilə ssh-keygen -Y verify (OpenSSH-in hissəsi) vasitəsilə yoxlayın; dəqiq əmrlər bu paketdəki README.txt-dədir. Barmaq izini göndərənlə etibar etdiyiniz ayrıca kanal vasitəsilə təsdiqləyin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This bundle is not signed: its hashes show whether files match the manifest, but nothing in it proves who made it. README.txt in this bundle explains the checks.</source>
        <translation>Bu paket imzalanmayıb: onun həşləri faylların manifestə uyğun olub-olmadığını göstərir, amma onu kimin hazırladığını heç nə sübut etmir. Yoxlamalar bu paketdəki README.txt-də izah olunur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The revision chain head is a hash over every saved revision of the incidents, in order; manifest.json records it too. This report is a readable copy: the authoritative records are the files under incidents/ and evidence/.</source>
        <translation>Versiyalar zəncirinin başı hadisələrin bütün saxlanmış versiyaları üzərində, ardıcıllıqla hesablanmış həşdir; manifest.json da onu qeyd edir. Bu hesabat oxunaqlı surətdir: əsas qeydlər incidents/ və evidence/ qovluqlarındakı fayllardır.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An unsigned bundle carries no revision chain head, and no ids or exact record times from the diary, so that it cannot be linked to other bundles. This report is a readable copy: the authoritative records are the files under incidents/ and evidence/.</source>
        <translation>İmzasız paketdə versiyalar zəncirinin başı, gündəlikdən identifikatorlar və dəqiq qeyd vaxtları yoxdur ki, onu başqa paketlərlə əlaqələndirmək mümkün olmasın. Bu hesabat oxunaqlı surətdir: əsas qeydlər incidents/ və evidence/ qovluqlarındakı fayllardır.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>List of documents</source>
        <translation>Sənədlərin siyahısı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents are numbered 1 to N in chronological order; their evidence files are the annexes A1, A2, … in the same order, under these names in the bundle&apos;s evidence folder.</source>
        <translation>Hadisələr xronoloji ardıcıllıqla 1-dən N-ə qədər nömrələnib; onların sübut faylları eyni ardıcıllıqla A1, A2, … əlavələridir və paketin evidence qovluğunda bu adlarla durur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statement of truth</source>
        <translation>Həqiqət bəyanatı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I believe that the facts stated in this report are true, and that each annex is a true copy of the file it names (its SHA-256 is given in this report and in manifest.json).</source>
        <translation>Hesab edirəm ki, bu hesabatda göstərilən faktlar doğrudur və hər əlavə adını daşıdığı faylın həqiqi surətidir (onun SHA-256 izi bu hesabatda və manifest.json-da göstərilib).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signature</source>
        <translation>İmza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Soyadı, adı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Actors</source>
        <translation>İştirakçılar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people, bodies, channels and accounts the person linked to these incidents, with every identifier recorded and when it was first and last seen.</source>
        <translation>Şəxsin bu hadisələrlə əlaqələndirdiyi insanlar, qurumlar, kanallar və hesablar — qeyd olunmuş hər identifikator və onun ilk və son dəfə görüldüyü vaxtla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exhaustion of domestic remedies</source>
        <translation>Daxili hüquqi müdafiə vasitələrinin tükənməsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every complaint recorded for these incidents, oldest first, with the answers received. The deadline is four calendar months after the final domestic decision (European Court of Human Rights, Article 35 § 1); check it with a lawyer.</source>
        <translation>Bu hadisələr üzrə qeyd olunmuş bütün şikayətlər, əvvəlcə ən köhnələr, alınmış cavablarla. Son müddət yekun daxili qərardan dörd təqvim ayı sonradır (Avropa İnsan Hüquqları Məhkəməsi, 35-ci maddə, § 1); onu vəkillə yoxlayın.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation>Adlar</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>in total</source>
        <translation>cəmi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepared by</source>
        <translation>Hazırlayan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Yaradılıb</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Incidents</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files</source>
        <translation>Sübut faylları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period covered</source>
        <translation>Əhatə olunan dövr</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/report/pdf_report.py" line="-468"/>
        <source>Revision chain head</source>
        <translation>Versiyalar zəncirinin başı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing key</source>
        <translation>İmza açarı</translation>
    </message>
    <message>
        <location filename="../../app/report/html_report.py" line="-123"/>
        <location filename="../../app/report/pdf_report.py" line="+109"/>
        <source>Confidential · contains sensitive personal information</source>
        <translation>Məxfi · həssas şəxsi məlumatlar var</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+8"/>
        <source>Incidents of harassment recorded in an encrypted diary, with their evidence.</source>
        <translation>Şifrələnmiş gündəlikdə qeyd olunmuş təqib hadisələri, sübutları ilə birlikdə.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/report/pdf_report.py" line="+11"/>
        <source>Integrity</source>
        <translation>Bütövlük</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../app/report/pdf_report.py" line="+14"/>
        <source>This report holds no incidents.</source>
        <translation>Bu hesabatda hadisə yoxdur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/report/pdf_report.py" line="+3"/>
        <source>Oldest first; incidents without a date come last. The title leads to the incident&apos;s full record.</source>
        <translation>Əvvəlcə ən köhnələr; tarixsiz hadisələr sonda gəlir. Başlıq hadisənin tam qeydinə aparır.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/report/pdf_report.py" line="+23"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location line="+93"/>
        <location filename="../../app/report/pdf_report.py" line="+302"/>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/report/pdf_report.py" line="+2"/>
        <source>Captured</source>
        <translation>Çəkilib</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../app/report/pdf_report.py" line="+16"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/report/pdf_report.py" line="+2"/>
        <source>Imported</source>
        <translation>İdxal edilib</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+71"/>
        <location filename="../../app/report/pdf_report.py" line="-191"/>
        <location line="+200"/>
        <source>Evidence</source>
        <translation>Sübut</translation>
    </message>
    <message>
        <location line="-25"/>
        <location filename="../../app/report/pdf_report.py" line="-231"/>
        <source>deleted in the diary</source>
        <translation>gündəlikdə silinib</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../app/report/pdf_report.py" line="+42"/>
        <source>Revision</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Saved</source>
        <translation>Saxlanıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Title at that revision</source>
        <translation>Həmin versiyadakı başlıq</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../../app/report/pdf_report.py" line="+29"/>
        <source>Complaint to</source>
        <translation>Şikayət ünvanı</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/report/pdf_report.py" line="+2"/>
        <source>Asked</source>
        <translation>Nə tələb olunub</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Answers</source>
        <translation>Cavablar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Final decision</source>
        <translation>Yekun qərar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Four-month deadline</source>
        <translation>Dörd aylıq son müddət</translation>
    </message>
    <message>
        <location filename="../../app/report/pdf_report.py" line="-363"/>
        <source>created</source>
        <translation>yaradılıb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidential</source>
        <translation>Məxfi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Page {page} of {pages}</source>
        <translation>Səhifə {page} / {pages}</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Cover</source>
        <translation>Üz qabığı</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Sənəd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Səhifə</translation>
    </message>
    <message>
        <location filename="../../app/report/html_report.py" line="-288"/>
        <location filename="../../app/report/pdf_report.py" line="-256"/>
        <location line="+1"/>
        <source>Chronology</source>
        <translation>Xronologiya</translation>
    </message>
    <message>
        <location line="+88"/>
        <location filename="../../app/report/pdf_report.py" line="+44"/>
        <location line="+1"/>
        <source>Incidents over time</source>
        <translation>Zamanla hadisələr</translation>
    </message>
    <message>
        <location line="+109"/>
        <location filename="../../app/report/pdf_report.py" line="+83"/>
        <source>Incident</source>
        <translation>Hadisə</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../app/report/pdf_report.py" line="+13"/>
        <source>Narrative</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+10"/>
        <source>Links</source>
        <translation>Keçidlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Actions taken</source>
        <translation>Görülmüş tədbirlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Follow-up notes</source>
        <translation>Sonrakı qeydlər</translation>
    </message>
    <message>
        <location filename="../../app/report/pdf_report.py" line="+13"/>
        <source>No evidence files.</source>
        <translation>Sübut faylı yoxdur.</translation>
    </message>
    <message>
        <location filename="../../app/report/html_report.py" line="+3"/>
        <location filename="../../app/report/pdf_report.py" line="+2"/>
        <source>Revision history</source>
        <translation>Versiyaların tarixçəsi</translation>
    </message>
    <message>
        <location line="-46"/>
        <location filename="../../app/report/pdf_report.py" line="+145"/>
        <source>Chat excerpts</source>
        <translation>Yazışmadan çıxarışlar</translation>
    </message>
</context>
<context>
    <name>signers</name>
    <message>
        <location filename="../../app/bundle/signers.py" line="-144"/>
        <source>an anonymous sender</source>
        <translation>anonim göndərən</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Claimed by the sender (not proven by the signature): made {when} by {who} with {generator}</source>
        <translation>Göndərənin iddiası (imza ilə sübut olunmur): {when} tarixində {who} tərəfindən {generator} ilə hazırlanıb</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Signer: KNOWN. You remembered this key as “{name}” ({fp}).</source>
        <translation>İmzalayan: TANIŞDIR. Bu açarı “{name}” kimi yadda saxlamısınız ({fp}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note: bundles from this key did not claim the author “{who}” before.</source>
        <translation>Qeyd: bu açarla imzalanan paketlər əvvəllər müəllif kimi “{who}” göstərməyib.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signer: NEW. You have not remembered this key ({fp}) before. Anyone can make a key and write any name: compare the fingerprint with the sender (by phone or in person) before you trust who made it.</source>
        <translation>İmzalayan: YENİDİR. Bu açarı ({fp}) əvvəllər yadda saxlamamısınız. Hər kəs açar yarada və istənilən adı yaza bilər: paketi kimin hazırladığına inanmazdan əvvəl barmaq izini göndərənlə (telefonla və ya şəxsən) müqayisə edin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>WARNING: Signer DIFFERS. Earlier bundles claiming “{who}” were signed by another key ({earlier}, remembered as “{name}”); this one is signed by {fp}. It may not come from the same person: ask them before you trust it.</source>
        <translation>XƏBƏRDARLIQ: İmzalayan FƏRQLİDİR. “{who}” adını göstərən əvvəlki paketlər başqa açarla ({earlier}, “{name}” kimi yadda saxlanılıb) imzalanıb; bu isə {fp} ilə imzalanıb. O, həmin şəxsdən olmaya bilər: ona inanmazdan əvvəl həmin şəxsdən soruşun.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>WARNING: this unsigned bundle claims “{who}”, whose bundles you know signed by {earlier} (“{name}”). Nothing shows that it comes from them.</source>
        <translation>XƏBƏRDARLIQ: bu imzasız paket “{who}” adını göstərir, halbuki onun paketlərinin {earlier} (“{name}”) ilə imzalandığını bilirsiniz. Paketin ondan gəldiyini heç nə göstərmir.</translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <location filename="../../app/passphrase_strength.py" line="+35"/>
        <source>Very weak</source>
        <translation>Çox zəif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Zəif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not strong enough yet</source>
        <translation>Hələ kifayət qədər güclü deyil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Güclü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong</source>
        <translation>Çox güclü</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a passphrase.</source>
        <translation>Parol ifadəsini yazın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, birth years and dates are the first things an attacker tries: leave them out and use unrelated words instead.</source>
        <translation>Adlar, doğum illəri və tarixlər hücumçunun ilk yoxladığı şeylərdir: onları çıxarın, əvəzində bir-biri ilə əlaqəsiz sözlər işlədin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard rows, sequences and repeated characters are guessed at once: use unrelated words instead.</source>
        <translation>Klaviatura sıraları, ardıcıllıqlar və təkrarlanan simvollar dərhal tapılır: əvəzində bir-biri ilə əlaqəsiz sözlər işlədin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Common words and passwords are guessed first: add more unrelated words, or use a generated passphrase.</source>
        <translation>Geniş yayılmış sözlər və parollar ilk yoxlanılır: daha çox əlaqəsiz söz əlavə edin və ya təklif olunan parol ifadəsindən istifadə edin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make it longer: five or six unrelated words are easy to remember and hard to guess.</source>
        <translation>Daha uzun edin: beş-altı əlaqəsiz sözü yadda saxlamaq asan, tapmaq isə çətindir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This passphrase is too easy to guess for someone who knows you. %1</source>
        <translation>Sizi tanıyan biri üçün bu parol ifadəsini tapmaq çox asandır. %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Good. Write it nowhere near the laptop; if you forget it, no one can recover the diary.</source>
        <translation>Yaxşıdır. Onu noutbukun yaxınlığında heç yerdə yazmayın; unutsanız, gündəliyi heç kim bərpa edə bilməz.</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../app/incidents/templates.py" line="+38"/>
        <source>Account hacked</source>
        <translation>Hesab sındırılıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone got into one of your accounts or took it over.</source>
        <translation>Kimsə hesablarınızdan birinə daxil olub və ya onu ələ keçirib.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. My Instagram account was taken over</source>
        <translation>məs. Instagram hesabım ələ keçirildi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which account was it (service and username)?</source>
        <translation>Hansı hesab idi (xidmət və istifadəçi adı)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When did you notice, and how (login alert, locked out, friends told you)?</source>
        <translation>Nə vaxt və necə fərq etdiniz (giriş xəbərdarlığı, hesaba girə bilmədiniz, dostlar dedi)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed: password, email or phone number, posts, messages sent in your name?</source>
        <translation>Nə dəyişdi: parol, e-poçt və ya telefon nömrəsi, paylaşımlar, adınızdan göndərilmiş mesajlar?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What could the intruder see: private messages, photos, contacts?</source>
        <translation>Müdaxilə edən nələri görə bilərdi: şəxsi mesajlar, fotolar, kontaktlar?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What did you do: reset the password, report to the platform, warn contacts?</source>
        <translation>Nə etdiniz: parolu dəyişdiniz, platformaya bildirdiniz, kontaktlarınızı xəbərdar etdiniz?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take screenshots of login alerts and security emails, and attach them as evidence.</source>
        <translation>Giriş xəbərdarlıqlarının və təhlükəsizlik məktublarının ekran görüntülərini çəkin və onları sübut kimi əlavə edin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Private content leaked</source>
        <translation>Şəxsi məzmun yayılıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private photos, videos, chats or documents were published or shared.</source>
        <translation>Şəxsi fotolar, videolar, yazışmalar və ya sənədlər dərc edilib və ya yayılıb.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Private photos posted on a Telegram channel</source>
        <translation>məs. Şəxsi fotolar Telegram kanalında paylaşıldı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was leaked (photos, videos, chats, documents)?</source>
        <translation>Nə yayılıb (fotolar, videolar, yazışmalar, sənədlər)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where did it appear (channel, website, group), and when did you first see it?</source>
        <translation>Harada göründü (kanal, sayt, qrup) və onu ilk dəfə nə vaxt gördünüz?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a link for every place it appeared, with when you saw it.</source>
        <translation>Göründüyü hər yer üçün keçid əlavə edin, nə vaxt gördüyünüzü də qeyd edin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who posted or spread it, if you know (account or channel names, phone numbers)?</source>
        <translation>Bilirsinizsə, kim paylaşıb və ya yayıb (hesab və ya kanal adları, telefon nömrələri)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How could they have got it (hacked account, seized phone, someone close)?</source>
        <translation>Onu necə əldə edə bilərdilər (sındırılmış hesab, götürülmüş telefon, yaxın biri)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who has seen it or told you about it?</source>
        <translation>Onu kim görüb və ya sizə bu barədə kim deyib?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posts can disappear: save screenshots and the links as evidence as soon as you can.</source>
        <translation>Paylaşımlar yox ola bilər: ekran görüntülərini və keçidləri mümkün qədər tez sübut kimi saxlayın.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Threat or blackmail</source>
        <translation>Təhdid və ya şantaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were threatened, or someone demands something from you.</source>
        <translation>Sizi təhdid ediblər və ya kimsə sizdən nəsə tələb edir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Message threatening to publish my photos</source>
        <translation>məs. Fotolarımı yaymaqla hədələyən mesaj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What exactly did they say or write? Quote it word for word if you can.</source>
        <translation>Dəqiq nə dedilər və ya yazdılar? Bacarırsınızsa, sözbəsöz yazın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How did it reach you (call, message, in person, through someone else)?</source>
        <translation>Bu sizə necə çatdı (zəng, mesaj, üzbəüz, başqası vasitəsilə)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What are they demanding, and by when?</source>
        <translation>Nə tələb edirlər və nə vaxta qədər?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is behind it, or who do you suspect, and why?</source>
        <translation>Bunun arxasında kim dayanır və ya kimdən şübhələnirsiniz və niyə?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has this happened before? When?</source>
        <translation>Bu əvvəllər də olubmu? Nə vaxt?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the original messages; do not delete the conversation.</source>
        <translation>Orijinal mesajları saxlayın; yazışmanı silməyin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threat online</source>
        <translation>İnternetdə hədə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A threatening message, comment or post reached you online.</source>
        <translation>İnternetdə sizə hədə dolu mesaj, şərh və ya paylaşım gəldi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Threat in a Telegram comment under my post</source>
        <translation>məs. Paylaşımımın altında Telegram şərhində hədə</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On which platform did it appear (Telegram, Instagram, WhatsApp, Facebook, TikTok…)? Write it under “Where it happened”, in Platforms.</source>
        <translation>Bu hansı platformada çıxdı (Telegram, Instagram, WhatsApp, Facebook, TikTok…)? Onu “Harada baş verdi” bölməsində, “Platformalar” sahəsində yazın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is the link to the message, post, comment or profile? Add it under “Where it happened”, in Links, with when you saw it.</source>
        <translation>Mesajın, paylaşımın, şərhin və ya profilin keçidi nədir? Onu “Harada baş verdi” bölməsində, “Keçidlər” sahəsində, nə vaxt gördüyünüzlə birlikdə əlavə edin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which account sent it (name, @handle, phone number)?</source>
        <translation>Onu hansı hesab göndərdi (ad, @istifadəçi adı, telefon nömrəsi)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What exactly does it say? Quote it word for word, and take a screenshot that shows the address, the account and the time.</source>
        <translation>Orada dəqiq nə yazılıb? Sözbəsöz sitat gətirin və ünvanı, hesabı və vaxtı göstərən ekran şəkli çəkin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who could see it, and is it still there?</source>
        <translation>Onu kim görə bilərdi və o hələ də oradadırmı?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posts can disappear: drop or paste (Ctrl+V) the screenshots into the box under the narrative now; they are kept encrypted with this incident.</source>
        <translation>Paylaşımlar silinə bilər: ekran şəkillərini indi təsvirin altındakı sahəyə sürüşdürün və ya yapışdırın (Ctrl+V); onlar bu hadisə ilə birlikdə şifrələnmiş saxlanılır.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Smear or defamation</source>
        <translation>Böhtan və ya nüfuzdan salma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lies or insults about you were spread in the media or online.</source>
        <translation>Mediada və ya internetdə sizin haqqınızda yalan və ya təhqir yayılıb.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. TV programme calling me a bad mother</source>
        <translation>məs. Məni pis ana adlandıran televiziya verilişi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was said or published about you?</source>
        <translation>Sizin haqqınızda nə deyilib və ya dərc edilib?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where (TV channel, website, Telegram channel, sermon, social media), and when?</source>
        <translation>Harada (televiziya kanalı, sayt, Telegram kanalı, moizə, sosial şəbəkə) və nə vaxt?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who said or published it?</source>
        <translation>Bunu kim deyib və ya dərc edib?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far did it spread (views, shares, reposts)?</source>
        <translation>Nə qədər yayıldı (baxışlar, paylaşımlar, təkrar paylaşımlar)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How has it affected you, your family or your work?</source>
        <translation>Bu sizə, ailənizə və ya işinizə necə təsir edib?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fake profile or doxxing</source>
        <translation>Saxta profil və ya şəxsi məlumatların yayılması</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone pretends to be you, or published your address, phone number or other private details.</source>
        <translation>Kimsə özünü siz kimi təqdim edir və ya ünvanınızı, telefon nömrənizi və ya digər şəxsi məlumatlarınızı dərc edib.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Fake advert with my phone number</source>
        <translation>məs. Telefon nömrəmlə saxta elan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was created or published (fake profile, advert, your address or phone)?</source>
        <translation>Nə yaradılıb və ya dərc edilib (saxta profil, elan, ünvanınız və ya telefonunuz)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where does it appear? Add each link.</source>
        <translation>Bu harada görünür? Hər keçidi əlavə edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which of your personal details are exposed?</source>
        <translation>Şəxsi məlumatlarınızdan hansılar ifşa olunub?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have strangers contacted you because of it? How many, and how?</source>
        <translation>Buna görə sizinlə tanımadığınız adamlar əlaqə saxlayıbmı? Neçə nəfər və necə?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did you report it to the platform? What happened?</source>
        <translation>Bunu platformaya bildirdinizmi? Nə oldu?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Detention or dispersal</source>
        <translation>Saxlanma və ya dağıdılma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You or others were detained, assaulted, or a gathering was dispersed.</source>
        <translation>Siz və ya başqaları saxlanılıb, hücuma məruz qalıb və ya toplantı dağıdılıb.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Detained at the march in the city centre</source>
        <translation>məs. Şəhər mərkəzindəki yürüşdə saxlanıldım</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where and when did it happen?</source>
        <translation>Bu harada və nə vaxt baş verdi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who carried it out? Describe uniforms, vehicles, badge numbers, names.</source>
        <translation>Bunu kim həyata keçirdi? Forma geyimlərini, nəqliyyat vasitələrini, döş nişanı nömrələrini, adları təsvir edin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was done to you or others (force, injuries, things taken from you)?</source>
        <translation>Sizə və ya başqalarına nə edildi (güc tətbiqi, xəsarətlər, əlinizdən alınan əşyalar)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long were you held, and where? Were you allowed a lawyer or a phone call?</source>
        <translation>Sizi nə qədər və harada saxladılar? Vəkil və ya telefon zəngi hüququ verildimi?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who saw it happen?</source>
        <translation>Bunun baş verdiyini kim gördü?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Were you charged or fined? Is there a case number?</source>
        <translation>Sizə ittiham irəli sürüldü və ya cərimə yazıldı? İş nömrəsi varmı?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photograph injuries and keep any papers you were given.</source>
        <translation>Xəsarətlərin şəklini çəkin və sizə verilən bütün kağızları saxlayın.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Surveillance</source>
        <translation>İzləmə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are followed, or your calls, messages or devices are watched.</source>
        <translation>Sizi izləyirlər və ya zəngləriniz, mesajlarınız və ya cihazlarınız nəzarət altındadır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. My private phone call quoted on a news site</source>
        <translation>məs. Şəxsi telefon danışığım xəbər saytında sitat gətirildi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What makes you think you are being watched or listened to?</source>
        <translation>Sizi izlədiklərini və ya dinlədiklərini niyə düşünürsünüz?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Was private information (calls, messages, movements) quoted or used publicly?</source>
        <translation>Şəxsi məlumatlar (zənglər, mesajlar, hərəkətlər) açıq şəkildə sitat gətirildi və ya istifadə edildimi?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When and where did you notice it?</source>
        <translation>Bunu nə vaxt və harada fərq etdiniz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which devices or accounts could be affected?</source>
        <translation>Hansı cihazlar və ya hesablar təsirlənmiş ola bilər?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who do you think is behind it?</source>
        <translation>Sizcə, bunun arxasında kim dayanır?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summons, case or fine</source>
        <translation>Çağırış, iş və ya cərimə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were summoned, charged, fined or pressured through official channels.</source>
        <translation>Sizi çağırıblar, ittiham ediblər, cərimələyiblər və ya rəsmi yollarla təzyiq göstəriblər.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Summoned to the police for questioning</source>
        <translation>məs. Dindirilmə üçün polisə çağırıldım</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which office or court, and who signed or spoke to you?</source>
        <translation>Hansı idarə və ya məhkəmə və kim imzaladı və ya sizinlə danışdı?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What were you accused of or asked about?</source>
        <translation>Sizi nədə ittiham etdilər və ya nə barədə soruşdular?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What papers did you receive? Is there a case or reference number?</source>
        <translation>Hansı kağızları aldınız? İş və ya qeydiyyat nömrəsi varmı?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did you have a lawyer? What happens next, and when?</source>
        <translation>Vəkiliniz var idimi? Bundan sonra nə olacaq və nə vaxt?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photograph every paper you receive and attach it as evidence.</source>
        <translation>Aldığınız hər kağızın şəklini çəkin və onu sübut kimi əlavə edin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something else</source>
        <translation>Başqa bir şey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else that happened to you or people close to you.</source>
        <translation>Sizinlə və ya yaxınlarınızla baş vermiş hər hansı başqa hadisə.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few words to recognise this incident later</source>
        <translation>Bu hadisəni sonra tanımaq üçün bir neçə söz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened, in your own words?</source>
        <translation>Nə baş verdi, öz sözlərinizlə?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When and where did it happen?</source>
        <translation>Bu nə vaxt və harada baş verdi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was involved, or who do you think is behind it?</source>
        <translation>Kim iştirak edib və ya sizcə, bunun arxasında kim dayanır?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How has it affected you or people close to you?</source>
        <translation>Bu sizə və ya yaxınlarınıza necə təsir edib?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What have you done about it so far?</source>
        <translation>İndiyədək bununla bağlı nə etmisiniz?</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <location filename="../../app/unlock_hints.py" line="+18"/>
        <source>Latin letters</source>
        <translation>latın hərfləri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijani letters</source>
        <translation>Azərbaycan hərfləri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic letters</source>
        <translation>kiril hərfləri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other letters</source>
        <translation>başqa hərflər</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../app/incidents/vocabulary.py" line="+11"/>
        <source>Threat or intimidation</source>
        <translation>Təhdid və ya hədə-qorxu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blackmail or extortion</source>
        <translation>Şantaj və ya hədə ilə tələb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hacked or taken-over account</source>
        <translation>Sındırılmış və ya ələ keçirilmiş hesab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leak of private data or intimate images</source>
        <translation>Şəxsi məlumatların və ya intim görüntülərin yayılması</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smear or defamation</source>
        <translation>Böhtan və ya nüfuzdan salma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doxxing or impersonation</source>
        <translation>Şəxsi məlumatların ifşası və ya başqasının adından çıxış</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveillance or interception</source>
        <translation>İzləmə və ya dinləmə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detention, assault or dispersal</source>
        <translation>Saxlanma, hücum və ya dağıdılma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal or administrative harassment</source>
        <translation>Hüquqi və ya inzibati təqib</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <location line="+8"/>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Exact time</source>
        <translation>Dəqiq vaxt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known to the day</source>
        <translation>Günü məlumdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known to the month</source>
        <translation>Ayı məlumdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate</source>
        <translation>Təxmini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State body or official</source>
        <translation>Dövlət orqanı və ya vəzifəli şəxs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named person</source>
        <translation>Adı məlum şəxs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous channel or account</source>
        <translation>Anonim kanal və ya hesab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media outlet</source>
        <translation>Media qurumu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Naməlum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Myself</source>
        <translation>Özüm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Həyat yoldaşı / partnyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family member</source>
        <translation>Ailə üzvü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleague</source>
        <translation>Həmkar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My organisation</source>
        <translation>Mənim təşkilatım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else</source>
        <translation>Başqa biri</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Psychological</source>
        <translation>Psixoloji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical</source>
        <translation>Fiziki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic</source>
        <translation>İqtisadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Peşəkar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On family</source>
        <translation>Ailəyə</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reported to the platform</source>
        <translation>Platformaya bildirilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported to the police</source>
        <translation>Polisə bildirilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported to an organisation</source>
        <translation>Təşkilata bildirilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal action</source>
        <translation>Hüquqi addım</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 — minor</source>
        <translation>1 — yüngül</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 — moderate</source>
        <translation>2 — orta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 — serious</source>
        <translation>3 — ciddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 — severe</source>
        <translation>4 — ağır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 — critical</source>
        <translation>5 — kritik</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="-30"/>
        <source>Uncategorised</source>
        <translation>Kateqoriyasız</translation>
    </message>
    <message>
        <location filename="../../app/complaints/store.py" line="-292"/>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police</source>
        <translation>Polis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prosecutor</source>
        <translation>Prokurorluq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ombudsman</source>
        <translation>Ombudsman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Məhkəmə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other body</source>
        <translation>Başqa orqan</translation>
    </message>
</context>
</TS>
