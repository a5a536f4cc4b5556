<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="+68"/>
        <source>You have no backup of your diary yet. If this laptop is lost or taken, the evidence goes with it. Use “Backup and restore…” to save one on a USB stick.</source>
        <translation>У вашего дневника ещё нет резервной копии. Если ноутбук потеряется или его заберут, доказательства пропадут вместе с ним. Сохраните копию на USB-накопитель через «Резервные копии…».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your last backup is {days} days old. Save a new one (“Backup and restore…”) so it holds your latest incidents and evidence.</source>
        <translation>Последней резервной копии {days} дн. Сохраните новую («Резервные копии…»), чтобы в ней были последние инциденты и доказательства.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You have not made a backup yet.</source>
        <translation>Вы ещё не делали резервную копию.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last backup: today ({date}).</source>
        <translation>Последняя резервная копия: сегодня ({date}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup: yesterday ({date}).</source>
        <translation>Последняя резервная копия: вчера ({date}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup: {days} days ago ({date}).</source>
        <translation>Последняя резервная копия: {days} дн. назад ({date}).</translation>
    </message>
    <message>
        <location filename="../../ui/diary/detail_view.py" line="+143"/>
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send each receipt to your lawyer by another channel the day you record the file: it shows later that the file existed by then.</source>
        <translation>Отправляйте каждую квитанцию адвокату по другому каналу в день, когда записываете файл: позже она покажет, что файл уже существовал к тому времени.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ref.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>final decision</source>
        <translation>окончательное решение</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record an answer…</source>
        <translation>Записать ответ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record a complaint you made…</source>
        <translation>Записать поданную жалобу…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Incident details</source>
        <translation>Подробности инцидента</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/items.py" line="+58"/>
        <source>{format} image</source>
        <translation>Изображение {format}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web page</source>
        <translation>Веб-страница</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON data</source>
        <translation>Данные JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheet</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AUDIO</source>
        <translation>АУДИО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VIDEO</source>
        <translation>ВИДЕО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ARCH</source>
        <translation>АРХ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added {time}</source>
        <translation>добавлен {time}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/evidence_zone.py" line="+78"/>
        <source>Screenshots and files for this incident</source>
        <translation>Снимки экрана и файлы для этого инцидента</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop screenshots or files here, or paste a screenshot with Ctrl+V. They wait encrypted in the draft and are added to the incident when you save.</source>
        <translation>Перетащите сюда снимки экрана или файлы или вставьте снимок экрана сочетанием Ctrl+V. Они хранятся зашифрованными в черновике и добавляются к инциденту, когда вы его сохраните.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;files…</source>
        <translation>Добавить &amp;файлы…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste screenshot</source>
        <translation>Вставить снимок экрана</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the picture on the clipboard, without saving it to a file (Ctrl+V)</source>
        <translation>Добавить изображение из буфера обмена, не сохраняя его в файл (Ctrl+V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected file from this incident</source>
        <translation>Убрать выбранный файл из этого инцидента</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files waiting to be added</source>
        <translation>Файлы, ожидающие добавления</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../ui/evidence/items.py" line="+2"/>
        <source>seen {time}</source>
        <translation>замечен {time}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/items.py" line="+9"/>
        <source>SHA-256: {hash}</source>
        <translation>SHA-256: {hash}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: {url}</source>
        <translation>Источник: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/panic.py" line="+60"/>
        <location line="+63"/>
        <source>Panic wipe</source>
        <translation>Экстренное удаление</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Destroy the diary on this computer now? This cannot be undone. Backups kept elsewhere are not affected.</source>
        <translation>Уничтожить дневник на этом компьютере прямо сейчас? Это нельзя отменить. Резервные копии, хранящиеся в другом месте, не затрагиваются.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The diary could not be wiped: {error}</source>
        <translation>Не удалось удалить дневник: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/common.py" line="+59"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This bundle was not sealed for this key. Check that you chose your organisation&apos;s key file (it begins with AGE-SECRET-KEY-), or the passphrase the sender gave you.</source>
        <translation>Этот пакет запечатан не для этого ключа. Проверьте, что вы выбрали файл ключа своей организации (он начинается с AGE-SECRET-KEY-) или парольную фразу, которую дал отправитель.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is damaged or was altered after it was made ({detail}). Nothing was written. Ask the sender for a new copy.</source>
        <translation>Этот файл повреждён или изменён после создания ({detail}). Ничего не записано. Попросите у отправителя новую копию.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quire may not write or read there ({detail}). Choose another place.</source>
        <translation>Quire не может там читать или записывать ({detail}). Выберите другое место.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk reported a problem: {detail}</source>
        <translation>Диск сообщил о проблеме: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something unexpected went wrong: {detail}</source>
        <translation>Произошла непредвиденная ошибка: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/chats/delegate.py" line="+40"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media</source>
        <translation>медиа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsent</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system notice</source>
        <translation>системное уведомление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service message</source>
        <translation>служебное сообщение</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(no sender)</source>
        <translation>(без отправителя)</translation>
    </message>
    <message>
        <location filename="../../ui/chats/import_flow.py" line="+150"/>
        <source>Imported 1 conversation from {format}.</source>
        <translation>Импортирована 1 переписка из {format}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n conversations from {format}.</source>
        <translation>
            <numerusform>Импортирована %n переписка из {format}.</numerusform>
            <numerusform>Импортировано %n переписки из {format}.</numerusform>
            <numerusform>Импортировано %n переписок из {format}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 of the export: {hash}</source>
        <translation>SHA-256 экспорта: {hash}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages by kind:</source>
        <translation>Сообщения по типам:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First: {time}</source>
        <translation>Первое: {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last: {time}</source>
        <translation>Последнее: {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants: {names}</source>
        <translation>Участники: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>day first</source>
        <translation>сначала день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month first</source>
        <translation>сначала месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year first</source>
        <translation>сначала год</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date order: {order}</source>
        <translation>Порядок в датах: {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone: {zone}</source>
        <translation>Часовой пояс: {zone}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account sessions (devices, IP addresses): {n}</source>
        <translation>Сеансы аккаунта (устройства, IP-адреса): {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided while reading:</source>
        <translation>Решено при чтении:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings:</source>
        <translation>Предупреждения:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines that could not be read: {n}</source>
        <translation>Нечитаемые строки: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/diary/incident_model.py" line="+41"/>
        <source>severity not set</source>
        <translation>серьёзность не указана</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>severity %1 of 5, %2</source>
        <translation>серьёзность %1 из 5, %2</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/intake_controller.py" line="+159"/>
        <source>Add evidence files</source>
        <translation>Добавить файлы-доказательства</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adding “{name}”…</source>
        <translation>Добавляется «{name}»…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Adding %n files…</source>
        <translation>
            <numerusform>Добавляется %n файл…</numerusform>
            <numerusform>Добавляются %n файла…</numerusform>
            <numerusform>Добавляются %n файлов…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to paste</source>
        <translation>Нечего вставить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds no picture. Take a screenshot (for example with Print Screen, or Shift+Cmd+4 on a Mac), then paste it here.</source>
        <translation>В буфере обмена нет изображения. Сделайте снимок экрана (например, клавишей Print Screen или Shift+Cmd+4 на Mac) и вставьте его сюда.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Adding the screenshot…</source>
        <translation>Добавляется снимок экрана…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>could not be read</source>
        <translation>не удалось прочитать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a file (folders are not added)</source>
        <translation>не файл (папки не добавляются)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>not added: the disk is full</source>
        <translation>не добавлен: диск заполнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not added</source>
        <translation>не добавлен</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some files were not added:</source>
        <translation>Некоторые файлы не добавлены:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is not enough free space on this computer&apos;s disk. Free some space, then add these files again.</source>
        <translation>На диске этого компьютера недостаточно места. Освободите место и добавьте эти файлы снова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was lost: these original files were not touched.</source>
        <translation>Ничего не потеряно: исходные файлы не тронуты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some files were not added</source>
        <translation>Некоторые файлы не добавлены</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/paste_dialog.py" line="+49"/>
        <source>Add the screenshot</source>
        <translation>Добавить снимок экрана</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pasted picture</source>
        <translation>Вставленное изображение</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where you saw it</source>
        <translation>Где вы это увидели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address or channel, e.g. https://t.me/… (optional)</source>
        <translation>Веб-адрес или канал, например https://t.me/… (необязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you saw it</source>
        <translation>Когда вы это увидели</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seen at:</source>
        <translation>&amp;Где увидено:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen &amp;on:</source>
        <translation>&amp;Когда увидено:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the file a name.</source>
        <translation>Дайте файлу имя.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Please check the answers</source>
        <translation>Проверьте ответы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/drafts_offer.py" line="+43"/>
        <source>It also holds %n files waiting to be added.</source>
        <translation>
            <numerusform>В нём также ждёт добавления %n файл.</numerusform>
            <numerusform>В нём также ждут добавления %n файла.</numerusform>
            <numerusform>В нём также ждут добавления %n файлов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The %n files waiting with it are deleted too.</source>
        <translation>
            <numerusform>%n файл, который ждёт вместе с ним, тоже будет удалён.</numerusform>
            <numerusform>%n файла, которые ждут вместе с ним, тоже будут удалены.</numerusform>
            <numerusform>%n файлов, которые ждут вместе с ним, тоже будут удалены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/complaints/complaint_dialog.py" line="+47"/>
        <source>No answer for %n day(s).</source>
        <translation>
            <numerusform>Нет ответа %n день.</numerusform>
            <numerusform>Нет ответа %n дня.</numerusform>
            <numerusform>Нет ответа %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered on %1.</source>
        <translation>Ответ получен %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Final decision on %1. The four months to apply to the European Court ended on %2.</source>
        <translation>Окончательное решение от %1. Четыре месяца на обращение в Европейский суд истекли %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Final decision on %1. Apply to the European Court by %2: %n day(s) left.</source>
        <translation>
            <numerusform>Окончательное решение от %1. Обратиться в Европейский суд нужно до %2: остался %n день.</numerusform>
            <numerusform>Окончательное решение от %1. Обратиться в Европейский суд нужно до %2: осталось %n дня.</numerusform>
            <numerusform>Окончательное решение от %1. Обратиться в Европейский суд нужно до %2: осталось %n дней.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+36"/>
        <source>About Quire</source>
        <translation>О программе Quire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version {version}, built from commit {commit}</source>
        <translation>Версия {version}, собрана из коммита {commit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An encrypted, offline diary of harassment. Quire is free software under the GNU General Public License, version 3 or later. It ships the components below; each one&apos;s licence text is shown in full.</source>
        <translation>Зашифрованный офлайн-дневник преследований. Quire — свободная программа под лицензией GNU General Public License версии 3 или более поздней. Вместе с ней поставляются компоненты, перечисленные ниже; текст лицензии каждого показан полностью.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Components and their licences</source>
        <translation>Компоненты и их лицензии</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Licence text</source>
        <translation>Текст лицензии</translation>
    </message>
</context>
<context>
    <name>ActorsWindow</name>
    <message>
        <location filename="../../ui/actors/actors_window.py" line="+83"/>
        <location line="+13"/>
        <source>Actors</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name, phone number, @handle, link…</source>
        <translation>Имя, номер телефона, @имя, ссылка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search actors</source>
        <translation>Поиск участников</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+36"/>
        <source>Identifiers</source>
        <translation>Идентификаторы</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As written</source>
        <translation>Как записано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First seen</source>
        <translation>Впервые</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last seen</source>
        <translation>В последний раз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle</source>
        <translation>Имя аккаунта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform id</source>
        <translation>Идентификатор на платформе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Add an &amp;identifier…</source>
        <translation>Добавить &amp;идентификатор…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge with…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Split off the chosen identifiers</source>
        <translation>&amp;Выделить выбранные идентификаторы</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Incidents and messages, oldest first</source>
        <translation>Инциденты и сообщения, сначала старые</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+44"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Incident %1</source>
        <translation>Инцидент %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>There is no other actor to merge with.</source>
        <translation>Нет другого участника, с которым можно объединить.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge actors</source>
        <translation>Объединить участников</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same actor as:</source>
        <translation>Тот же участник, что и:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merged. Every incident and identifier is kept.</source>
        <translation>Объединено. Все инциденты и идентификаторы сохранены.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the identifiers that belong to someone else.</source>
        <translation>Выберите идентификаторы, которые принадлежат кому-то другому.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Split off as a new actor.</source>
        <translation>Выделено в нового участника.</translation>
    </message>
</context>
<context>
    <name>AddContactForm</name>
    <message>
        <location filename="../../ui/sharing/contacts.py" line="+50"/>
        <source>Organisation name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Legal Aid Centre</source>
        <translation>напр. Центр правовой помощи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation&apos;s key</source>
        <translation>Ключ организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age1… (the key the organisation gave you)</source>
        <translation>age1… (ключ, который дала вам организация)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key check</source>
        <translation>Проверка ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a &amp;card or a picture…</source>
        <translation>Из &amp;карточки или снимка…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the organisation&apos;s contact card, or a photo or screenshot of its QR code</source>
        <translation>Откройте карточку контакта организации или фото либо снимок экрана её QR-кода</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add to the address book</source>
        <translation>Добавить в адресную кни&amp;гу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Na&amp;me</source>
        <translation>Наз&amp;вание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key</source>
        <translation>Кл&amp;юч</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This key is not valid: {why}</source>
        <translation>Этот ключ недействителен: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key is well formed. Its fingerprint: {fp}</source>
        <translation>Ключ записан правильно. Его отпечаток: {fp}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The organisation&apos;s card or QR picture</source>
        <translation>Карточка организации или снимок QR-кода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact cards and pictures (*.quire-contact *.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Карточки контактов и изображения (*.quire-contact *.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{name} was added. Now compare its fingerprint with them.</source>
        <translation>{name}: добавлено. Теперь сверьте с ними отпечаток.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="+142"/>
        <source>Backup and restore</source>
        <translation>Резервная копия и восстановление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up your diary</source>
        <translation>Сделайте резервную копию дневника</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup</source>
        <translation>Последняя резервная копия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup is one file holding your whole diary and all its evidence, still encrypted. Save it on a USB stick or another disk and keep it away from this laptop: if the laptop is lost, taken or broken, your evidence survives.</source>
        <translation>Резервная копия — это один файл со всем дневником и всеми доказательствами, по-прежнему зашифрованный. Сохраните её на USB-накопитель или другой диск и храните отдельно от ноутбука: если ноутбук потеряется, его заберут или он сломается, доказательства уцелеют.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup opens only with your passphrase (and your recovery code if you set one). A panic wipe cannot reach a backup kept elsewhere — keep it somewhere safe.</source>
        <translation>Резервная копия открывается только вашей парольной фразой (и кодом восстановления, если он задан). Экстренное удаление не затрагивает копию, хранящуюся в другом месте, — храните её в надёжном месте.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save a backup…</source>
        <translation>&amp;Сохранить резервную копию…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To bring a backup back — on a new computer, or after a panic wipe — start Quire there and choose “Restore from a backup…” on the first screen. Quire checks every file in the backup before the diary appears.</source>
        <translation>Чтобы вернуть резервную копию — на новом компьютере или после экстренного удаления, — запустите там Quire и на первом экране выберите «Восстановить из резервной копии…». Quire проверит каждый файл копии, прежде чем дневник появится.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Save the backup</source>
        <translation>Сохранить резервную копию</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quire backups (*.backup)</source>
        <translation>Резервные копии Quire (*.backup)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a place outside the diary&apos;s own folder — ideally a USB stick. A backup inside it would be lost with the diary.</source>
        <translation>Выберите место вне папки самого дневника — лучше всего USB-накопитель. Копия внутри неё пропала бы вместе с дневником.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file with that name exists already. Choose another name.</source>
        <translation>Файл с таким именем уже существует. Выберите другое имя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That folder does not exist. Choose another place.</source>
        <translation>Такой папки нет. Выберите другое место.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup saved: {path} ({size}, {files} files). Each file&apos;s hash is recorded in it; a restore checks them all. Keep it somewhere safe, away from this laptop.</source>
        <translation>Резервная копия сохранена: {path} ({size}, файлов: {files}). В ней записан хеш каждого файла; при восстановлении все они проверяются. Храните её в надёжном месте, подальше от ноутбука.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup cancelled. No backup file was written.</source>
        <translation>Резервное копирование отменено. Файл копии не записан.</translation>
    </message>
</context>
<context>
    <name>ChatImport</name>
    <message>
        <location filename="../../ui/chats/import_flow.py" line="+65"/>
        <location line="+20"/>
        <location line="+58"/>
        <source>Import a chat</source>
        <translation>Импорт переписки</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Importing the chat…</source>
        <translation>Импорт переписки…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The chat could not be imported ({problem}). Nothing was imported.</source>
        <translation>Не удалось импортировать переписку ({problem}). Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>ChatsWindow</name>
    <message>
        <location filename="../../ui/chats/chats_window.py" line="+92"/>
        <location line="+12"/>
        <source>Chats</source>
        <translation>Переписки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a chat…</source>
        <translation>Импортировать переписку…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Search this chat</source>
        <translation>Поиск в этой переписке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Следующее</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Go to date</source>
        <translation>Перейти к дате</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The chosen message</source>
        <translation>Выбранное сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open attachment</source>
        <translation>Открыть вложение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy message</source>
        <translation>Копировать сообщение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to incident…</source>
        <translation>Добавить к инциденту…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the chosen messages to an incident, each cited by its place in the export</source>
        <translation>Добавить выбранные сообщения к инциденту, каждое со ссылкой на его место в экспорте</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who sent it…</source>
        <translation>Кто отправил…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say which actor this sender is, so the actor&apos;s view lists these messages</source>
        <translation>Укажите, кто из участников этот отправитель, чтобы его сообщения были видны у участника</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+39"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message numerus="yes">
        <location line="-36"/>
        <location line="+43"/>
        <source>%n messages</source>
        <translation>
            <numerusform>%n сообщение</numerusform>
            <numerusform>%n сообщения</numerusform>
            <numerusform>%n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No chats yet</source>
        <translation>Переписок пока нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use “Import a chat…” to add a WhatsApp, Telegram, Instagram or Messenger export.</source>
        <translation>Чтобы добавить экспорт WhatsApp, Telegram, Instagram или Messenger, нажмите «Импортировать переписку…».</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>As written in the export: {shown} · {where} · message {index}</source>
        <translation>Как записано в экспорте: {shown} · {where} · сообщение {index}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind: {kind}</source>
        <translation>Тип: {kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forwarded from {name}</source>
        <translation>Переслано от: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited {time}</source>
        <translation>Изменено: {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachment: {name}</source>
        <translation>Вложение: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachment not in the export: {name}</source>
        <translation>Вложения нет в экспорте: {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A new actor: {name}</source>
        <translation>Новый участник: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who sent it</source>
        <translation>Кто отправил</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This sender is:</source>
        <translation>Этот отправитель —</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} is now actor {id}: the Actors window lists these messages.</source>
        <translation>{name} теперь участник {id}: окно «Участники» показывает эти сообщения.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>An excerpt holds at most {max} messages; {n} are chosen.</source>
        <translation>Во фрагменте может быть не больше {max} сообщений; выбрано {n}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Adding…</source>
        <translation>Добавление…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Added %n message(s) to “{title}”.</source>
        <translation>
            <numerusform>К «{title}» добавлено %n сообщение.</numerusform>
            <numerusform>К «{title}» добавлено %n сообщения.</numerusform>
            <numerusform>К «{title}» добавлено %n сообщений.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+56"/>
        <source>Add to incident</source>
        <translation>Добавить к инциденту</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No messages match</source>
        <translation>Совпадений нет</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source> (the first %n)</source>
        <translation>
            <numerusform> (первое %n)</numerusform>
            <numerusform> (первые %n)</numerusform>
            <numerusform> (первые %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} of {total}</source>
        <translation>{n} из {total}</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/complaints/complaint_dialog.py" line="+27"/>
        <source>Record an answer</source>
        <translation>Записать ответ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a complaint</source>
        <translation>Записать жалобу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To: %1, filed on %2</source>
        <translation>Куда: %1, подана %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Received on</source>
        <translation>&amp;Получен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the answer says</source>
        <translation>Что сказано в ответе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What it says</source>
        <translation>&amp;Что в нём сказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the &amp;final domestic decision</source>
        <translation>Это &amp;окончательное решение внутри страны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The four months to apply to the European Court run from it.</source>
        <translation>От него отсчитываются четыре месяца на обращение в Европейский суд.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer as &amp;evidence</source>
        <translation>Ответ как &amp;доказательство</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To whom</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Yasamal district police</source>
        <translation>например, полиция Ясамальского района</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which body</source>
        <translation>Какой орган</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference number</source>
        <translation>Номер обращения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you asked</source>
        <translation>О чём вы просили</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Remind me on</source>
        <translation>Напомнить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;To</source>
        <translation>&amp;Куда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Which body</source>
        <translation>Ка&amp;кой орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filed on</source>
        <translation>&amp;Подана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference number</source>
        <translation>&amp;Номер обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you &amp;asked</source>
        <translation>О чём вы &amp;просили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proof of filing</source>
        <translation>Подт&amp;верждение подачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;mind me on</source>
        <translation>Напо&amp;мнить</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Give the date.</source>
        <translation>Укажите дату.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../ui/sharing/contacts.py" line="+43"/>
        <source>Read these digits aloud to the organisation over the phone and compare: they see the same eight groups on their side. If every group matches, only they can open what you seal for this key.</source>
        <translation>Прочитайте эти цифры вслух представителю организации по телефону и сверьте: у них на экране те же восемь групп. Если совпадают все группы, запечатанное для этого ключа сможет открыть только эта организация.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verification</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The digits &amp;match — mark as verified</source>
        <translation>Цифры &amp;совпадают — отметить как проверенный</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Key: {key}</source>
        <translation>Ключ: {key}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verified on {date}: the digits matched.</source>
        <translation>Проверено {date}: цифры совпали.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not verified yet. If someone swapped this key, they could open the bundle instead of the organisation. Compare the digits before sending anything sensitive.</source>
        <translation>Ещё не проверен. Если кто-то подменил этот ключ, пакет сможет открыть он, а не организация. Сверьте цифры, прежде чем отправлять что-то важное.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mark as verified</source>
        <translation>Отметить как проверенный</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did {name} read out exactly the same eight groups of digits, in the same order, on a call you trust?</source>
        <translation>{name}: во время звонка, которому вы доверяете, вам зачитали точно те же восемь групп цифр в том же порядке?</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location line="+23"/>
        <source>Trusted organisations</source>
        <translation>Доверенные организации</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>No organisations yet. Ask the lawyer or group you trust for their Quire or age key (it begins with age1) and add it below.</source>
        <translation>Организаций пока нет. Попросите юриста или группу, которым вы доверяете, дать их ключ Quire или age (он начинается с age1) и добавьте его ниже.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add an organisation</source>
        <translation>Добавить организацию</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Verified</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not verified yet</source>
        <translation>Ещё не проверен</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Remove organisation</source>
        <translation>Удалить организацию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {name} from the address book? Bundles already sent stay as they are.</source>
        <translation>Удалить «{name}» из адресной книги? Уже отправленные пакеты останутся как есть.</translation>
    </message>
</context>
<context>
    <name>DateOrderDialog</name>
    <message>
        <location filename="../../ui/chats/import_flow.py" line="-241"/>
        <source>Dates in this chat</source>
        <translation>Даты в этой переписке</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times in this chat</source>
        <translation>Время в этом чате</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every date in this export can be read two ways (03/04 is 3 April or March 4). Which order does the phone that exported it use? Your answer is recorded with the import.</source>
        <translation>Каждую дату в этом экспорте можно прочитать двумя способами (03/04 — это 3 апреля или 4 марта). Какой порядок использует телефон, с которого сделан экспорт? Ваш ответ сохраняется вместе с импортом.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day first (31/12/2024)</source>
        <translation>Сначала день (31/12/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (12/31/2024)</source>
        <translation>Сначала месяц (12/31/2024)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export names no time zone. Its times were written in:</source>
        <translation>В экспорте не указан часовой пояс. Время в нём записано в поясе:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer&apos;s time zone</source>
        <translation>Часовой пояс этого компьютера</translation>
    </message>
</context>
<context>
    <name>DecoyDialog</name>
    <message>
        <location filename="../../ui/decoy_dialog.py" line="+64"/>
        <location line="+158"/>
        <source>Decoy diary</source>
        <translation>Подставной дневник</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>What the duress passphrase opens instead of an empty diary: a few ordinary entries, dated as you choose. They are kept in a file that looks like any evidence file, so nothing shows that a decoy exists. Start from the examples and change them, or write your own.</source>
        <translation>То, что откроет пароль под принуждением вместо пустого дневника: несколько обычных записей с датами, которые вы выберете. Они хранятся в файле, который выглядит как любой файл доказательств, поэтому ничто не выдаёт, что подставной дневник существует. Начните с примеров и измените их или напишите свои.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decoy entries</source>
        <translation>Записи подставного дневника</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add entry</source>
        <translation>&amp;Добавить запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move entry</source>
        <translation>&amp;Удалить запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;examples</source>
        <translation>Взять &amp;примеры</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When it happened</source>
        <translation>Когда это случилось</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Что случилось</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date</source>
        <translation>Д&amp;ата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Each entry needs a title.</source>
        <translation>У каждой записи должен быть заголовок.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write the date as 2025-03-14 (or 2025-03, or 2025-03-14 18:30).</source>
        <translation>Напишите дату как 2025-03-14 (или 2025-03, или 2025-03-14 18:30).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New entry</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replace these entries with the examples?</source>
        <translation>Заменить эти записи примерами?</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="+26"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targeted</source>
        <translation>Против кого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrators</source>
        <translation>Виновники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platforms</source>
        <translation>Платформы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Последствия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions taken</source>
        <translation>Предпринятые действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up notes</source>
        <translation>Дополнительные заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Записан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revisions</source>
        <translation>версий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seen</source>
        <translation>замечено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an incident to see it here.</source>
        <translation>Выберите инцидент, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/diary/detail_view.py" line="-87"/>
        <source>Chat excerpts</source>
        <translation>Фрагменты переписок</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export: {name}</source>
        <translation>Файл экспорта: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this excerpt…</source>
        <translation>Убрать этот фрагмент…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Messages not shown here: {n}. The report shows them all.</source>
        <translation>Не показано здесь сообщений: {n}. В отчёте есть все.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Remove the excerpt</source>
        <translation>Убрать фрагмент</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove this excerpt from the incident? The chat stays in Quire and the incident&apos;s history records the removal.</source>
        <translation>Убрать этот фрагмент из инцидента? Переписка останется в Quire, а удаление будет записано в историю инцидента.</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <location filename="../../ui/diary/diary_page.py" line="+47"/>
        <source>Search the diary (names, words, @handles…)</source>
        <translation>Поиск по дневнику (имена, слова, @ники…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category filter</source>
        <translation>Фильтр по категории</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severity filter</source>
        <translation>Фильтр по серьёзности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any severity</source>
        <translation>Любая серьёзность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} or more</source>
        <translation>{n} и выше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag filter</source>
        <translation>Фильтр по метке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by date</source>
        <translation>Фильтр по дате</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From date</source>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To date</source>
        <translation>Конечная дата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>{shown} of {total} incidents match</source>
        <translation>Подходит {shown} из {total} инцидентов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} shown of {total} incidents</source>
        <translation>Показано {shown} из {total} инцидентов</translation>
    </message>
</context>
<context>
    <name>DraftsOffer</name>
    <message>
        <location filename="../../ui/editor/drafts_offer.py" line="-12"/>
        <source>It also holds 1 file waiting to be added.</source>
        <translation>В нём также ждёт добавления 1 файл.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file waiting with it is deleted too.</source>
        <translation>Файл, который ждёт вместе с ним, тоже будет удалён.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You have unsaved changes to the incident “{title}” from {time}. Continue editing?</source>
        <translation>В инциденте «{title}» есть несохранённые изменения от {time}. Продолжить редактирование?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have an unsaved incident, “{title}”, from {time}. Continue editing?</source>
        <translation>У вас есть несохранённый инцидент «{title}» от {time}. Продолжить редактирование?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have an unsaved incident from {time}. Continue editing?</source>
        <translation>У вас есть несохранённый инцидент от {time}. Продолжить редактирование?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsaved incident</source>
        <translation>Несохранённый инцидент</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard the unsaved text?</source>
        <translation>Удалить несохранённый текст?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text will be deleted for good. Choose No to keep it and be asked again next time.</source>
        <translation>Текст будет удалён навсегда. Выберите «Нет», чтобы сохранить его, — в следующий раз вопрос появится снова.</translation>
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
        <translation>Доказательства</translation>
    </message>
    <message>
        <location line="-529"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add files to this incident (you can also drop them)</source>
        <translation>Добавить файлы к этому инциденту (их можно и перетащить сюда)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste &amp;screenshot</source>
        <translation>Вставить &amp;снимок экрана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the picture on the clipboard, without saving it to a file (Ctrl+V)</source>
        <translation>Сохранить изображение из буфера обмена, не записывая его в файл (Ctrl+V)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Evidence files</source>
        <translation>Файлы-доказательства</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Details of the selected file</source>
        <translation>Сведения о выбранном файле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a c&amp;opy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an unencrypted copy of this file</source>
        <translation>Записать незашифрованную копию этого файла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the file&apos;s SHA-256 fingerprint, e.g. to quote it in a complaint</source>
        <translation>Скопировать отпечаток SHA-256 файла, например чтобы указать его в жалобе</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+374"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Select an incident to see its evidence.</source>
        <translation>Выберите инцидент, чтобы увидеть его доказательства.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No evidence yet.
Add files, drop them here, or paste a screenshot with Ctrl+V.</source>
        <translation>Доказательств пока нет.
Добавьте файлы, перетащите их сюда или вставьте снимок экрана клавишами Ctrl+V.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Evidence (%n)</source>
        <translation>
            <numerusform>Доказательства (%n)</numerusform>
            <numerusform>Доказательства (%n)</numerusform>
            <numerusform>Доказательства (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Select a file to see its fingerprint and source.</source>
        <translation>Выберите файл, чтобы увидеть его отпечаток и источник.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256: {hash}</source>
        <translation>SHA-256: {hash}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(ещё %n в очереди)</numerusform>
            <numerusform>(ещё %n в очереди)</numerusform>
            <numerusform>(ещё %n в очереди)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled. Nothing was left half-done.</source>
        <translation>Отменено. Ничего не осталось недоделанным.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file system reported a problem: {problem}</source>
        <translation>Файловая система сообщила о проблеме: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong: {problem}</source>
        <translation>Что-то пошло не так: {problem}</translation>
    </message>
    <message>
        <location line="-472"/>
        <source>Copy SHA-256 &amp;fingerprint</source>
        <translation>Копировать &amp;отпечаток SHA-256</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy file &amp;name</source>
        <translation>Копировать &amp;имя файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redacted copy…</source>
        <translation>&amp;Отредактированная копия…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a copy with black boxes or pixelation over what must not be seen</source>
        <translation>Сделать копию с чёрными прямоугольниками или пикселизацией поверх того, что нельзя показывать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as &amp;intimate</source>
        <translation>Отметить как &amp;интимное</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blur it in thumbnails, previews and reports until someone chooses Show</source>
        <translation>Размывать в миниатюрах, просмотре и отчётах, пока кто-то не нажмёт «Показать»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;More</source>
        <translation>&amp;Ещё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More actions for the selected file</source>
        <translation>Другие действия с выбранным файлом</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;how</source>
        <translation>Пока&amp;зать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this intimate picture unblurred</source>
        <translation>Показать это интимное изображение без размытия</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>redacted copy of {original}</source>
        <translation>отредактированная копия {original}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>black boxes</source>
        <translation>чёрные прямоугольники</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pixelation</source>
        <translation>пикселизация</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Redacted copy: {mode} over %n area(s), made {time}.</source>
        <translation>
            <numerusform>Отредактированная копия: {mode} на %n участке, сделана {time}.</numerusform>
            <numerusform>Отредактированная копия: {mode} на %n участках, сделана {time}.</numerusform>
            <numerusform>Отредактированная копия: {mode} на %n участках, сделана {time}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page {page} of the original.</source>
        <translation>Страница {page} оригинала.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Original: “{name}”</source>
        <translation>Оригинал: «{name}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original: no longer in the diary</source>
        <translation>Оригинал: его больше нет в дневнике</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Original SHA-256: {hash}</source>
        <translation>SHA-256 оригинала: {hash}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Marked intimate: blurred until someone chooses Show.</source>
        <translation>Отмечено как интимное: размыто, пока кто-то не нажмёт «Показать».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer marked intimate.</source>
        <translation>Больше не отмечено как интимное.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The redacted copy “{name}” was added.</source>
        <translation>Отредактированная копия «{name}» добавлена.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>marked intimate</source>
        <translation>отмечено как интимное</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seen {time}</source>
        <translation>замечен {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>source: {url}</source>
        <translation>источник: {url}</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>1 file was added to the incident.</source>
        <translation>К инциденту добавлен 1 файл.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n files were added to the incident.</source>
        <translation>
            <numerusform>К инциденту добавлен %n файл.</numerusform>
            <numerusform>К инциденту добавлено %n файла.</numerusform>
            <numerusform>К инциденту добавлено %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quire now keeps an encrypted copy of: {names}.

Do you want to remove the original files from this computer? Quire first checks its copies, then overwrites each original before deleting it, so it is harder to find if the computer is searched.

</source>
        <translation>Теперь Quire хранит зашифрованную копию: {names}.

Удалить исходные файлы с этого компьютера? Сначала Quire проверит свои копии, затем перезапишет каждый исходный файл перед удалением, чтобы его было труднее найти при обыске компьютера.

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On SSDs and some file systems, copies may remain that no program can erase.</source>
        <translation>На SSD и некоторых файловых системах могут остаться копии, которые не может стереть ни одна программа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the originals?</source>
        <translation>Удалить исходные файлы?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the stored copies and removing the originals…</source>
        <translation>Проверка сохранённых копий и удаление исходных файлов…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The original files were overwritten and removed.</source>
        <translation>Исходные файлы перезаписаны и удалены.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some originals were kept</source>
        <translation>Некоторые исходные файлы остались</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These originals were left in place:</source>
        <translation>Эти исходные файлы остались на месте:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The screenshot was added to the incident.</source>
        <translation>Снимок экрана добавлен к инциденту.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The copy will NOT be encrypted. Anyone who can open this computer, or the place you save it to (a USB stick, a synced folder), can see it, and Quire cannot erase it later.

Save an unencrypted copy of “{name}”?</source>
        <translation>Копия НЕ будет зашифрована. Её сможет увидеть любой, кто получит доступ к этому компьютеру или к месту сохранения (USB-накопитель, синхронизируемая папка), и Quire не сможет потом её стереть.

Сохранить незашифрованную копию «{name}»?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save an unencrypted copy?</source>
        <translation>Сохранить незашифрованную копию?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save an unencrypted copy</source>
        <translation>Сохранить незашифрованную копию</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving an unencrypted copy of “{name}”…</source>
        <translation>Сохранение незашифрованной копии «{name}»…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unencrypted copy saved to {path} ({size}).</source>
        <translation>Незашифрованная копия сохранена: {path} ({size}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copied. The clipboard is cleared in 1 second.</source>
        <translation>Скопировано. Буфер обмена будет очищен через 1 секунду.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copied. The clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>Скопировано. Буфер обмена будет очищен через %n секунду.</numerusform>
            <numerusform>Скопировано. Буфер обмена будет очищен через %n секунды.</numerusform>
            <numerusform>Скопировано. Буфер обмена будет очищен через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied.</source>
        <translation>Скопировано.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete “{name}” from this incident?

Its encrypted copy is removed from the vault. The incident&apos;s history keeps a note that a file was deleted.</source>
        <translation>Удалить «{name}» из этого инцидента?

Его зашифрованная копия будет удалена из дневника. В истории инцидента останется отметка об удалении файла.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete this file?</source>
        <translation>Удалить этот файл?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}” was deleted.</source>
        <translation>«{name}» удалён.</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <location filename="../../ui/evidence/preview.py" line="+78"/>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>added {time}</source>
        <translation>добавлен {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SHA-256: {hash}</source>
        <translation>SHA-256: {hash}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SHA-256 fingerprint</source>
        <translation>Отпечаток SHA-256</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+150"/>
        <source>Marked intimate: shown blurred until you choose to see it.</source>
        <translation>Отмечено как интимное: показано размытым, пока вы не решите посмотреть.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decrypting…</source>
        <translation>Расшифровка…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Hidden until you choose Show.</source>
        <translation>Скрыто, пока вы не нажмёте «Показать».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file is too large to preview inside Quire. It is stored safely; “Save a copy…” writes an unencrypted copy.</source>
        <translation>Этот файл слишком велик для просмотра в Quire. Он надёжно сохранён; «Сохранить копию…» запишет незашифрованную копию.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No preview for this type of file.

It is stored safely in the diary and goes with the incident into any export.</source>
        <translation>Для файлов этого типа просмотр недоступен.

Файл надёжно хранится в дневнике и попадает вместе с инцидентом в любой экспорт.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>1 page</source>
        <translation>1 страница</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Marked intimate: shown because you chose Show.</source>
        <translation>Отмечено как интимное: показано, потому что вы нажали «Показать».</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This PDF could not be opened (it may be damaged).</source>
        <translation>Не удалось открыть этот PDF (возможно, он повреждён).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Showing the first 5 MB only. The whole file is kept in the vault.</source>
        <translation>Показаны только первые 5 МБ. Весь файл хранится в дневнике.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../ui/sharing/export_wizard.py" line="+344"/>
        <source>Export for an organisation</source>
        <translation>Экспорт для организации</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
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
        <translation>Руководство</translation>
    </message>
</context>
<context>
    <name>HoldToWipeDialog</name>
    <message>
        <location filename="../../ui/panic.py" line="+30"/>
        <source>Panic wipe</source>
        <translation>Экстренное удаление</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold the button down for two seconds to destroy the diary on this computer. This cannot be undone. Backups kept elsewhere are not affected.</source>
        <translation>Чтобы уничтожить дневник на этом компьютере, удерживайте кнопку две секунды. Это нельзя отменить. Резервные копии, хранящиеся в другом месте, не затрагиваются.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hold to wipe</source>
        <translation>Удерживайте для удаления</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold down to wipe the diary</source>
        <translation>Удерживайте, чтобы удалить дневник</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time held</source>
        <translation>Время удержания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Keep holding…</source>
        <translation>Продолжайте удерживать…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Let go too early: nothing was wiped.</source>
        <translation>Кнопка отпущена слишком рано: ничего не удалено.</translation>
    </message>
</context>
<context>
    <name>IdentifierDialog</name>
    <message>
        <location filename="../../ui/actors/actors_window.py" line="+31"/>
        <source>Add an identifier</source>
        <translation>Добавить идентификатор</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram, Telegram…</source>
        <translation>Instagram, Telegram…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value</source>
        <translation>&amp;Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform</source>
        <translation>&amp;Платформа</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/chats/import_flow.py" line="+104"/>
        <source>Chat imported</source>
        <translation>Переписка импортирована</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../ui/editor/form.py" line="+95"/>
        <location filename="../../ui/editor/text.py" line="+15"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it ended</source>
        <translation>Когда закончилось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How exactly you know when</source>
        <translation>Насколько точно известно время</translation>
    </message>
    <message>
        <location filename="../../ui/editor/form.py" line="+166"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location line="-144"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+355"/>
        <source>A few words to recognise this incident later</source>
        <translation>Несколько слов, чтобы потом узнать этот инцидент</translation>
    </message>
    <message>
        <location line="-342"/>
        <source>Not set</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your own words to group incidents, e.g. trial, TV</source>
        <translation>Ваши слова для группировки инцидентов, напр. суд, ТВ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/editor/panels.py" line="+26"/>
        <source>People involved</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was targeted, who did it or who you suspect, and who saw it.</source>
        <translation>Против кого это было направлено, кто это сделал или кого вы подозреваете, и кто это видел.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a person targeted</source>
        <translation>Добавить пострадавшего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody added yet. Add yourself, or whoever was targeted.</source>
        <translation>Пока никто не добавлен. Добавьте себя или того, против кого это было направлено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a perpetrator</source>
        <translation>Добавить виновника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add who did it, or who you suspect, with their accounts, channels or numbers.</source>
        <translation>Добавьте того, кто это сделал или кого вы подозреваете, с их аккаунтами, каналами или номерами.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One name per line</source>
        <translation>По одному имени в строке</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <location filename="../../ui/editor/widgets.py" line="+437"/>
        <source>Who was targeted</source>
        <translation>Против кого</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>How it has affected you and people close to you.</source>
        <translation>Как это отразилось на вас и ваших близких.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Impact: {kind}</source>
        <translation>Последствия: {kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Impact, in your words</source>
        <translation>Последствия, своими словами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. could not sleep for weeks, lost a client, my mother was harassed</source>
        <translation>напр. неделями не могла спать, потеряла клиента, мою маму преследовали</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../ui/editor/panels.py" line="+3"/>
        <source>What you have done</source>
        <translation>Что вы предприняли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports to a platform, the police or an organisation, with reference numbers.</source>
        <translation>Обращения на платформу, в полицию или в организацию, с номерами обращений.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add an action</source>
        <translation>Добавить действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing recorded yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>W&amp;hen</source>
        <translation>&amp;Когда</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Se&amp;verity</source>
        <translation>&amp;Серьёзность</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happened, in your own &amp;words</source>
        <translation>Что &amp;произошло, своими словами</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ta&amp;gs</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <location line="+141"/>
        <location line="+5"/>
        <source>({n} filled in)</source>
        <translation>(заполнено: {n})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Write what happened in your own words. Questions that help:</source>
        <translation>Опишите своими словами, что произошло. Вопросы, которые помогут:</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Give the incident a short title, so you can find it again.</source>
        <translation>Дайте инциденту короткое название, чтобы потом его найти.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end date is before the start date. Check the dates.</source>
        <translation>Дата окончания раньше даты начала. Проверьте даты.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link {n} has no web address. Add the address, or remove the link.</source>
        <translation>У ссылки № {n} нет веб-адреса. Добавьте адрес или удалите ссылку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} is too long (at most {max} characters).</source>
        <translation>Поле «{field}» слишком длинное (не более {max} символов).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Who did it</source>
        <translation>Кто это сделал</translation>
    </message>
    <message>
        <location filename="../../ui/editor/form.py" line="-409"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Platforms and channels</source>
        <translation>Платформы и каналы</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Links</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+11"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Who did it (known or suspected)</source>
        <translation>Кто это сделал (известно или предположительно)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/editor/panels.py" line="-2"/>
        <source>Where it happened</source>
        <translation>Где это произошло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platforms and channels, the place, and links to what was published.</source>
        <translation>Платформы и каналы, место и ссылки на опубликованное.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Telegram, Instagram, phone call, TV</source>
        <translation>напр. Telegram, Instagram, телефонный звонок, ТВ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Town, street or building (optional)</source>
        <translation>Город, улица или здание (необязательно)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platforms</source>
        <translation>Платформы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a link</source>
        <translation>Добавить ссылку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the address of every post, channel or page, with when you saw it.</source>
        <translation>Добавьте адрес каждого поста, канала или страницы и когда вы их видели.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/editor/panels.py" line="+1"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Impact</source>
        <translation>Последствия</translation>
    </message>
    <message>
        <location line="-92"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Actions taken</source>
        <translation>Предпринятые действия</translation>
    </message>
    <message>
        <location filename="../../ui/editor/form.py" line="+13"/>
        <location filename="../../ui/editor/text.py" line="+1"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../ui/editor/incident_editor.py" line="+142"/>
        <source>Guide</source>
        <translation>Подсказки</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Recorded {created} · last changed {updated} · saved versions: {n}</source>
        <translation>Записан {created} · изменён {updated} · сохранённых версий: {n}</translation>
    </message>
    <message>
        <location line="+345"/>
        <source>Notes ({n})</source>
        <translation>Заметки ({n})</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/editor/panels.py" line="+110"/>
        <source>Follow-up notes</source>
        <translation>Дополнительные заметки</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+472"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="-438"/>
        <source>What happened: {kind}</source>
        <translation>Что произошло: {kind}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Discard these changes</source>
        <translation>Отменить эти изменения</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft status</source>
        <translation>Состояние черновика</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the incident (Ctrl+S)</source>
        <translation>Сохранить инцидент (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+80"/>
        <source>New incident</source>
        <translation>Новый инцидент</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>What happened? Choose what fits best: it adds questions that help. Everything can be changed later, and nothing leaves this computer.</source>
        <translation>Что произошло? Выберите самый подходящий вариант — он добавит полезные вопросы. Всё можно изменить позже, и ничто не покидает этот компьютер.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The incident these changes belonged to was deleted. Saving will record them as a new incident.</source>
        <translation>Инцидент, к которому относились эти изменения, удалён. При сохранении они будут записаны как новый инцидент.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+60"/>
        <source>Edit incident</source>
        <translation>Изменить инцидент</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Restored what you typed on {time} and had not saved yet.</source>
        <translation>Восстановлено то, что вы ввели {time} и ещё не сохранили.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+81"/>
        <source>Unsaved changes, kept in an encrypted draft.</source>
        <translation>Несохранённые изменения хранятся в зашифрованном черновике.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unsaved changes…</source>
        <translation>Несохранённые изменения…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not keep a draft: {error}</source>
        <translation>Не удалось сохранить черновик: {error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discard these changes?</source>
        <translation>Отменить эти изменения?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text you typed earlier and did not save will be deleted.</source>
        <translation>Текст, который вы ввели раньше и не сохранили, будет удалён.</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+13"/>
        <source>Not saved yet: please look at the message in the form.</source>
        <translation>Пока не сохранено: посмотрите сообщение в форме.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved yet: please look at the follow-up note.</source>
        <translation>Пока не сохранено: посмотрите дополнительную заметку.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This incident was deleted meanwhile. Your text is kept as a draft.</source>
        <translation>Тем временем этот инцидент был удалён. Ваш текст сохранён как черновик.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save: {error}</source>
        <translation>Не удалось сохранить: {error}</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+3"/>
        <source>Adding the files to the incident…</source>
        <translation>Файлы добавляются к инциденту…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The incident was saved, but some files could not be added: {error} They wait in the draft; save again to add them.</source>
        <translation>Инцидент сохранён, но некоторые файлы добавить не удалось: {error} Они ждут в черновике; сохраните ещё раз, чтобы добавить их.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>History ({n})</source>
        <translation>История ({n})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close without saving?</source>
        <translation>Закрыть без сохранения?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed in this incident is not saved. Close the editor and throw it away?</source>
        <translation>Введённое в этом инциденте не сохранено. Закрыть редактор и удалить введённое?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panels.py" line="-94"/>
        <source>Questions that help a lawyer later</source>
        <translation>Вопросы, которые потом помогут юристу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions to answer</source>
        <translation>Вопросы, на которые стоит ответить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add these questions to the narrative</source>
        <translation>Добавить эти вопросы в описание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Puts each question into the narrative, so you can answer under it</source>
        <translation>Вставляет каждый вопрос в описание, чтобы вы могли ответить под ним</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also worth filling in</source>
        <translation>Стоит заполнить и это</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open this part of the form</source>
        <translation>Открыть эту часть формы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After saving, attach screenshots, photos, recordings and documents as evidence from the diary (Add evidence).</source>
        <translation>После сохранения прикрепите снимки экрана, фотографии, записи и документы как доказательства из дневника («Добавить файлы»).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Writing it down</source>
        <translation>Как записать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write what you remember now; you can add to it later.</source>
        <translation>Запишите то, что помните сейчас; дополнить можно позже.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New follow-up note</source>
        <translation>Новая дополнительная заметка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened since? e.g. the post was removed, the police called back</source>
        <translation>Что произошло с тех пор? напр. пост удалили, из полиции перезвонили</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds the note now, with today&apos;s date (Ctrl+Enter)</source>
        <translation>Добавляет заметку сейчас, с сегодняшней датой (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes are added to the incident as they are written; earlier notes never change.</source>
        <translation>Заметки добавляются к инциденту в том виде, в каком написаны; прежние заметки никогда не меняются.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The note is too long (at most {n} characters).</source>
        <translation>Заметка слишком длинная (не более {n} символов).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The note holds a character that cannot be stored.</source>
        <translation>В заметке есть символ, который нельзя сохранить.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No follow-up notes yet.</source>
        <translation>Дополнительных заметок пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/revision_history.py" line="+90"/>
        <source>seen {when}</source>
        <translation>замечено {when}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>First version, recorded {time}.</source>
        <translation>Первая версия, записана {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {time}. Fields marked “changed” differ from the version before.</source>
        <translation>Сохранено {time}. Поля с пометкой «изменено» отличаются от предыдущей версии.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+62"/>
        <source>Revision {n}</source>
        <translation>Версия {n}</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Saved versions</source>
        <translation>Сохранённые версии</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen version, read-only</source>
        <translation>Выбранная версия, только для чтения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every save keeps the version before. Choose one to see how it read.</source>
        <translation>При каждом сохранении предыдущая версия сохраняется. Выберите версию, чтобы увидеть, как она выглядела.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Revision {n} (current)</source>
        <translation>Версия {n} (текущая)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/widgets.py" line="-351"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How exactly you know when it happened</source>
        <translation>Насколько точно вы знаете, когда это произошло</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date not known</source>
        <translation>Дата неизвестна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>around</source>
        <translation>примерно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It lasted until a later date</source>
        <translation>Продолжалось до более поздней даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove this person</source>
        <translation>Удалить этого человека</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the person targeted</source>
        <translation>Имя пострадавшего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (optional)</source>
        <translation>Имя (необязательно)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove this perpetrator</source>
        <translation>Удалить этого виновника</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of perpetrator</source>
        <translation>Кто виновник</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the perpetrator</source>
        <translation>Имя или название виновника</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or description, e.g. a ministry, a person, a channel</source>
        <translation>Имя или описание, напр. министерство, человек, канал</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identifiers of the perpetrator</source>
        <translation>Идентификаторы виновника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handles, channel names, phone numbers, web addresses — one per line</source>
        <translation>Ники, названия каналов, номера телефонов, веб-адреса — по одному в строке</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remove this link</source>
        <translation>Удалить эту ссылку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address, e.g. https://t.me/…</source>
        <translation>Веб-адрес, напр. https://t.me/…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seen</source>
        <translation>замечено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you saw it there</source>
        <translation>Когда вы это там видели</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note about the link</source>
        <translation>Заметка о ссылке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is there (optional)</source>
        <translation>Что там (необязательно)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove this action</source>
        <translation>Удалить это действие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you did</source>
        <translation>Что вы сделали</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on</source>
        <translation>дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you did it</source>
        <translation>Когда вы это сделали</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Reference or case number</source>
        <translation>Номер обращения или дела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome so far</source>
        <translation>Результат на сегодня</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>suggested for this kind of incident</source>
        <translation>рекомендуется для такого инцидента</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="+1"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(removed)</source>
        <translation>(удалено)</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location line="-26"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <location filename="../../ui/diary/incident_model.py" line="+188"/>
        <source>Title hidden</source>
        <translation>Заголовок скрыт</translation>
    </message>
</context>
<context>
    <name>IncidentPicker</name>
    <message>
        <location filename="../../ui/chats/incident_picker.py" line="+55"/>
        <source>Add to incident</source>
        <translation>Добавить к инциденту</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Add %n chosen message(s) to which incident?</source>
        <translation>
            <numerusform>К какому инциденту добавить %n выбранное сообщение?</numerusform>
            <numerusform>К какому инциденту добавить %n выбранных сообщения?</numerusform>
            <numerusform>К какому инциденту добавить %n выбранных сообщений?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter incidents</source>
        <translation>Фильтр инцидентов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note (optional), e.g. why these messages matter</source>
        <translation>Заметка (необязательно), например, почему эти сообщения важны</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No incidents match</source>
        <translation>Нет подходящих инцидентов</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="-53"/>
        <source>New incident</source>
        <translation>Новый инцидент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add evidence</source>
        <translation>Добавить файлы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the diary</source>
        <translation>Поиск по дневнику</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export for an organisation…</source>
        <translation>Передать организации…</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+1"/>
        <source>Export</source>
        <translation>Передать</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Import a chat…</source>
        <translation>Импортировать переписку…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chats</source>
        <translation>Переписки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actors</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make an organisation&apos;s key…</source>
        <translation>Создать ключ организации…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a received bundle…</source>
        <translation>Открыть пакет…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup and restore…</source>
        <translation>Резервные копии…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide everything</source>
        <translation>Скрыть всё</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Panic wipe</source>
        <translation>Экстренное удаление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About Quire</source>
        <translation>О программе Quire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Destroy the diary on this computer now</source>
        <translation>Немедленно уничтожить дневник на этом компьютере</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Diary</source>
        <translation>&amp;Дневник</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lock and panic</source>
        <translation>Блокировка и экстренное удаление</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>locked</source>
        <translation>заблокирован</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n complaint(s) you asked to be reminded of still have no answer (incidents: %1).</source>
        <translation>
            <numerusform>%n жалоба, о которой вы просили напомнить, всё ещё без ответа (инциденты: %1).</numerusform>
            <numerusform>%n жалобы, о которых вы просили напомнить, всё ещё без ответа (инциденты: %1).</numerusform>
            <numerusform>%n жалоб, о которых вы просили напомнить, всё ещё без ответа (инциденты: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="-4"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>OpenBundleWindow</name>
    <message>
        <location filename="../../ui/sharing/open_bundle.py" line="+130"/>
        <location line="+9"/>
        <source>Open a received bundle</source>
        <translation>Открыть полученный пакет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a sealed bundle someone sent you, then read it. Checking writes nothing to the disk; the files are saved only when you choose “Save all files to a folder…”.</source>
        <translation>Проверьте присланный вам запечатанный пакет, затем прочитайте его. Проверка ничего не записывает на диск; файлы сохраняются, только когда вы выберете «Сохранить все файлы в папку…».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .age file you received</source>
        <translation>Полученный вами файл .age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the bundle file</source>
        <translation>Выберите файл пакета</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My &amp;key file</source>
        <translation>Мой &amp;файл ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pass&amp;phrase from the sender</source>
        <translation>Пароль&amp;ная фраза от отправителя</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your secret key file (AGE-SECRET-KEY-…)</source>
        <translation>Ваш файл секретного ключа (AGE-SECRET-KEY-…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ch&amp;oose…</source>
        <translation>Выб&amp;рать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the key file</source>
        <translation>Выберите файл ключа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundle passphrase</source>
        <translation>Парольная фраза пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase the sender told you</source>
        <translation>Парольная фраза, которую сообщил отправитель</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected signer</source>
        <translation>Ожидаемый подписант</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: the signer&apos;s fingerprint (SHA256:…) or a name you remembered</source>
        <translation>Необязательно: отпечаток подписанта (SHA256:…) или имя, под которым вы его запомнили</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Bundle</source>
        <translation>&amp;Пакет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ke&amp;y file</source>
        <translation>Файл &amp;ключа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opens with</source>
        <translation>Открывается с помощью</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xpected signer</source>
        <translation>Ожи&amp;даемый подписант</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Check and open</source>
        <translation>Пр&amp;оверить и открыть</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check result</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check details</source>
        <translation>Подробности проверки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who signed it</source>
        <translation>Кто подписал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name for this signer</source>
        <translation>Имя для этого подписанта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who you know the signer to be</source>
        <translation>Кто, как вы знаете, этот подписант</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember this signer</source>
        <translation>&amp;Запомнить этого подписанта</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bundle contents</source>
        <translation>Содержимое пакета</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents in the bundle</source>
        <translation>Инциденты в пакете</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Инциденты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Report</source>
        <translation>О&amp;тчёт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save all files to a folder…</source>
        <translation>&amp;Сохранить все файлы в папку…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the bundle</source>
        <translation>Выберите пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed bundles (*.age);;All files (*)</source>
        <translation>Запечатанные пакеты (*.age);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose your key file</source>
        <translation>Выберите свой файл ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key files (*.txt *.key);;All files (*)</source>
        <translation>Файлы ключей (*.txt *.key);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the bundle file first.</source>
        <translation>Сначала выберите файл пакета.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose your key file, or enter the passphrase the sender told you.</source>
        <translation>Выберите свой файл ключа или введите парольную фразу, которую сообщил отправитель.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking every file in the bundle…</source>
        <translation>Проверка каждого файла в пакете…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The bundle could not be opened</source>
        <translation>Не удалось открыть пакет</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Every file matches its recorded fingerprint (SHA-256).</source>
        <translation>Каждый файл совпадает со своим записанным отпечатком (SHA-256).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 incident</source>
        <translation>1 инцидент</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n incidents</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 file checked</source>
        <translation>Проверен 1 файл</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n files checked</source>
        <translation>
            <numerusform>Проверен %n файл</numerusform>
            <numerusform>Проверено %n файла</numerusform>
            <numerusform>Проверено %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed with the key {fp}. The signature is valid: the bundle was not changed after this key signed it. The key alone does not say who holds it.</source>
        <translation>Подписано ключом {fp}. Подпись верна: пакет не изменялся после того, как этот ключ его подписал. Сам ключ не говорит, у кого он.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To check it with the sender by phone: {digits} — words: {words}</source>
        <translation>Чтобы сверить с отправителем по телефону: {digits} — слова: {words}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not signed: nothing shows who made it. The hashes still show that no file changed after it was sealed.</source>
        <translation>Не подписано: ничто не показывает, кто его создал. Хеши всё же показывают, что ни один файл не изменился после запечатывания.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This incident&apos;s record has an unexpected shape and cannot be shown.</source>
        <translation>Запись этого инцидента имеет неожиданный формат, и её нельзя показать.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+9"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This bundle has no report to show.</source>
        <translation>В этом пакете нет отчёта.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a folder for the bundle&apos;s files</source>
        <translation>Выберите папку для файлов пакета</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The files were checked again and saved.</source>
        <translation>Файлы повторно проверены и сохранены.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved in {folder}. Start with report.pdf or README.txt; evidence/ holds the original files, byte for byte.</source>
        <translation>Сохранено в {folder}. Начните с report.pdf или README.txt; в evidence/ лежат исходные файлы, байт в байт.</translation>
    </message>
</context>
<context>
    <name>OrgKeyDialog</name>
    <message>
        <location filename="../../ui/sharing/org_key.py" line="+38"/>
        <source>Make our organisation&apos;s key</source>
        <translation>Создать ключ нашей организации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Legal Aid Centre</source>
        <translation>например, Центр правовой помощи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Post-quantum key (needs age 1.3 or Quire to open bundles)</source>
        <translation>&amp;Постквантовый ключ (пакеты откроют age 1.3 или Quire)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder</source>
        <translation>П&amp;апка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quire writes four files: the secret key (keep it safe: whoever holds it can open every bundle sealed to it), a contact card and a QR image to give to the people who will send you bundles, and a one-page sheet to print.</source>
        <translation>Quire запишет четыре файла: секретный ключ (храните его надёжно: кто им владеет, откроет любой пакет, запечатанный для него), карточку контакта и QR-код для тех, кто будет присылать вам пакеты, и страницу для печати.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Make the key</source>
        <translation>&amp;Создать ключ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where to write the key and its cards</source>
        <translation>Куда записать ключ и карточки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the organisation&apos;s name and an existing folder.</source>
        <translation>Укажите название организации и существующую папку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making the key…</source>
        <translation>Создание ключа…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done. Files written:</source>
        <translation>Готово. Записаны файлы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint to read aloud:</source>
        <translation>Отпечаток, который нужно прочитать вслух:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the key file on this computer only; give out the card or the QR.</source>
        <translation>Храните файл ключа только на этом компьютере; раздавайте карточку или QR-код.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/sharing/export_wizard.py" line="-274"/>
        <source>Sealing the bundle</source>
        <translation>Запечатывание пакета</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quire is encrypting the incidents and their evidence into one file.</source>
        <translation>Quire шифрует инциденты и их доказательства в один файл.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sealing progress</source>
        <translation>Ход запечатывания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sealing status</source>
        <translation>Состояние запечатывания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel stops it at once; no file is left behind.</source>
        <translation>Отмена сразу всё остановит; никакой файл не останется.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preparing…</source>
        <translation>Подготовка…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{done} of {total}</source>
        <translation>{done} из {total}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="+98"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location line="+17"/>
        <source>&amp;Select All</source>
        <translation>В&amp;ыделить всё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>У&amp;меньшить</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-54"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Каталог:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Каталоги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Вернуться назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Перейти вперёд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Родительский каталог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Перейти в родительский каталог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Создать новую папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Переключиться в режим списка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Подробный вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Переключиться в подробный режим</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>Боковая панель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Список мест и закладок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Показать &amp;скрытые файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location line="-42"/>
        <source>Enter a value:</source>
        <translation>Введите значение:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+46"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-55"/>
        <source>Show Details...</source>
        <translation>Показать подробности...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Восстановить значения по умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <location line="+66"/>
        <source>Scroll Left</source>
        <translation>Прокрутить влево</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll Right</source>
        <translation>Прокрутить вправо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Tab</source>
        <translation>Закрыть вкладку</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-14"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Копировать &amp;адрес ссылки</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-58"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <location filename="../../ui/sharing/export_pages.py" line="+412"/>
        <source>Who will open it?</source>
        <translation>Кто его откроет?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle is sealed so that only the organisation you choose can open it — not whoever carries it, and not whoever intercepts it.</source>
        <translation>Пакет запечатывается так, что открыть его сможет только выбранная вами организация — ни тот, кто его передаёт, ни тот, кто его перехватит.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An &amp;organisation from my address book</source>
        <translation>&amp;Организация из моей адресной книги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;passphrase that I will tell them</source>
        <translation>&amp;Парольная фраза, которую я им сообщу</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;dd an organisation…</source>
        <translation>Доб&amp;авить организацию…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address book…</source>
        <translation>Адресная &amp;книга…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an organisation</source>
        <translation>Добавить организацию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the organisation for their key: a line that begins with age1. They make it with Quire or with the age tool. Paste it exactly.</source>
        <translation>Попросите у организации их ключ — строку, начинающуюся с age1. Его создают в Quire или инструментом age. Вставьте его точно.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bundle passphrase</source>
        <translation>Парольная фраза пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundle passphrase again</source>
        <translation>Парольная фраза пакета ещё раз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;assphrase</source>
        <translation>Парольная &amp;фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gain</source>
        <translation>Ещё ра&amp;з</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use this when the organisation has no key. Anyone who knows the passphrase can open the bundle, so choose a long one (five or more words) and tell it to them in person or by phone — never in the same message, or on the same USB stick, as the bundle.</source>
        <translation>Используйте это, если у организации нет ключа. Пакет сможет открыть любой, кто знает парольную фразу, поэтому выберите длинную (пять слов и больше) и сообщите её лично или по телефону — никогда в том же сообщении или на той же флешке, что и пакет.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>They open it with Quire (“Open a received bundle”) or with the standard age tool: age -d -o bundle.zip FILE, which asks for the passphrase.</source>
        <translation>Его открывают в Quire («Открыть полученный пакет») или стандартным инструментом age: age -d -o bundle.zip FILE — он спросит парольную фразу.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Verified</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not verified yet</source>
        <translation>Ещё не проверен</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The two do not match yet.</source>
        <translation>Они пока не совпадают.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Key not verified</source>
        <translation>Ключ не проверен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have not yet compared {name}&apos;s fingerprint with them. If the key was swapped, someone else could open the bundle. Seal it for this key anyway?</source>
        <translation>Вы ещё не сверили отпечаток «{name}» с ними. Если ключ подменили, пакет сможет открыть кто-то другой. Всё равно запечатать для этого ключа?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>whoever knows the passphrase</source>
        <translation>тот, кто знает парольную фразу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verified</source>
        <translation>проверен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not verified</source>
        <translation>не проверен</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/pages/recovery_code.py" line="+36"/>
        <source>Your recovery code</source>
        <translation>Ваш код восстановления</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write these 24 words on paper, in order, and keep the paper away from this laptop. You need them, with your passphrase, to open this diary on any other computer (for example after restoring a backup). Settings can show them again after your passphrase.</source>
        <translation>Запишите эти 24 слова на бумагу по порядку и храните бумагу подальше от этого ноутбука. Вместе с парольной фразой они нужны, чтобы открыть дневник на любом другом компьютере (например, после восстановления резервной копии). В настройках их можно показать снова, введя парольную фразу.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>To be sure they are on paper, type these words from it:</source>
        <translation>Чтобы убедиться, что они записаны, введите с бумаги эти слова:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Word %1</source>
        <translation>Слово %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A word does not match the list yet.</source>
        <translation>Одно из слов пока не совпадает со списком.</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../ui/evidence/redact_dialog.py" line="+286"/>
        <source>Redacted copy</source>
        <translation>Отредактированная копия</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drag over what must not be seen. Click a box to choose it; the arrow keys move it, Shift with the arrows resizes it, Delete removes it. The original stays as it is; the copy is added beside it.</source>
        <translation>Проведите мышью над тем, что нельзя показывать. Щёлкните прямоугольник, чтобы выбрать его; стрелки двигают его, Shift со стрелками меняет размер, Delete удаляет. Оригинал остаётся как есть; копия добавляется рядом с ним.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Picture to redact</source>
        <translation>Изображение для редактирования</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decrypting…</source>
        <translation>Расшифровка…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Black boxes</source>
        <translation>&amp;Чёрные прямоугольники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pixelation</source>
        <translation>&amp;Пикселизация</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;age</source>
        <translation>Стр&amp;аница</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove box</source>
        <translation>&amp;Убрать прямоугольник</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+140"/>
        <source>&amp;Save the copy</source>
        <translation>&amp;Сохранить копию</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This file is too large to redact inside Quire.</source>
        <translation>Этот файл слишком велик, чтобы редактировать его в Quire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only pictures and PDF pages can be redacted.</source>
        <translation>Редактировать можно только изображения и страницы PDF.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This PDF could not be opened (it may be damaged).</source>
        <translation>Не удалось открыть этот PDF (возможно, он повреждён).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No boxes yet.</source>
        <translation>Прямоугольников пока нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n прямоугольник</numerusform>
            <numerusform>%n прямоугольника</numerusform>
            <numerusform>%n прямоугольников</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="+21"/>
        <location line="+1"/>
        <source>Restore from a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the backup file, for example on your USB stick. Quire checks every file in it before the diary appears on this computer; a damaged or altered backup is refused and nothing is left behind.</source>
        <translation>Выберите файл резервной копии, например на USB-накопителе. Quire проверит каждый файл в нём, прежде чем дневник появится на этом компьютере; повреждённая или изменённая копия отвергается, и ничего не остаётся.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You then unlock the diary with the passphrase it had when the backup was made (and your recovery code, if you set one).</source>
        <translation>Затем вы разблокируете дневник парольной фразой, которая была у него в момент создания копии (и кодом восстановления, если он задан).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose the backup file…</source>
        <translation>&amp;Выбрать файл резервной копии…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ontinue to unlock</source>
        <translation>&amp;Перейти к разблокировке</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is already a diary on this computer; a restore never replaces one.</source>
        <translation>На этом компьютере уже есть дневник; восстановление никогда его не заменяет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quire backups (*.backup);;All files (*)</source>
        <translation>Резервные копии Quire (*.backup);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ The diary was restored ({files} files) and every hash matched. Unlock it with your passphrase.</source>
        <translation>✓ Дневник восстановлен (файлов: {files}), все хеши совпали. Разблокируйте его своей парольной фразой.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This diary also needs its recovery code (the 24 words) on this computer: tick “This vault was moved from another computer” when you unlock.</source>
        <translation>На этом компьютере дневнику нужен и код восстановления (24 слова): при разблокировке отметьте «Этот дневник перенесён с другого компьютера».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restore cancelled. Nothing was restored.</source>
        <translation>Восстановление отменено. Ничего не восстановлено.</translation>
    </message>
</context>
<context>
    <name>SafetyCheckup</name>
    <message>
        <location filename="../../ui/safety_checkup.py" line="+46"/>
        <source>Look here once a month. Nothing on this page is sent anywhere.</source>
        <translation>Заглядывайте сюда раз в месяц. Ничто с этой страницы никуда не отправляется.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-lock</source>
        <translation>Автоблокировка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied text</source>
        <translation>Скопированный текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duress passphrase</source>
        <translation>Тревожная парольная фраза</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rehearse your passphrase</source>
        <translation>Отрепетируйте парольную фразу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type it as you would at the unlock screen. A wrong one here is never counted towards a wipe.</source>
        <translation>Наберите её так же, как на экране разблокировки. Неверная фраза здесь никогда не засчитывается для стирания.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase to rehearse</source>
        <translation>Парольная фраза для репетиции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck</source>
        <translation>Пров&amp;ерить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the rehearsed passphrase</source>
        <translation>Проверить отрепетированную парольную фразу</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unlock the diary to see this.</source>
        <translation>Разблокируйте дневник, чтобы увидеть это.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not shown, on purpose: Quire keeps no record of whether one is set, so nothing here can reveal it. Set or replace it on the Panic wipe tab.</source>
        <translation>Не показывается намеренно: Quire нигде не записывает, задана ли она, поэтому ничто здесь не может этого выдать. Задать или заменить её можно на вкладке «Экстренное удаление».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fine</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>needs a look</source>
        <translation>требует внимания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backup yet. Save one on a USB stick (Backup and restore…).</source>
        <translation>Резервной копии ещё нет. Сохраните её на флешку («Резервные копии…»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup today.</source>
        <translation>Последняя резервная копия — сегодня.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Last backup %n day(s) ago.</source>
        <translation>
            <numerusform>Последняя резервная копия — %n день назад.</numerusform>
            <numerusform>Последняя резервная копия — %n дня назад.</numerusform>
            <numerusform>Последняя резервная копия — %n дней назад.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a new one so it holds your latest evidence.</source>
        <translation>Сохраните новую, чтобы в ней были последние доказательства.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This diary has no recovery code: the passphrase alone opens it.</source>
        <translation>У этого дневника нет кода восстановления: его открывает только парольная фраза.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not confirmed on this diary. Show it on the Recovery code tab and type three of its words back from your paper.</source>
        <translation>Для этого дневника не подтверждён. Откройте его на вкладке «Код восстановления» и наберите три его слова со своей бумаги.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirmed on paper (%1).</source>
        <translation>Подтверждён на бумаге (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off: the diary stays open until you lock it. Set a time on General.</source>
        <translation>Выключена: дневник остаётся открытым, пока вы его не заблокируете. Задайте время на вкладке «Общие».</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The diary locks after %n idle minute(s).</source>
        <translation>
            <numerusform>Дневник блокируется через %n минуту бездействия.</numerusform>
            <numerusform>Дневник блокируется через %n минуты бездействия.</numerusform>
            <numerusform>Дневник блокируется через %n минут бездействия.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied text stays on the clipboard. Set a time on General.</source>
        <translation>Скопированный текст остаётся в буфере обмена. Задайте время на вкладке «Общие».</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cleared %n second(s) after copying.</source>
        <translation>
            <numerusform>Очищается через %n секунду после копирования.</numerusform>
            <numerusform>Очищается через %n секунды после копирования.</numerusform>
            <numerusform>Очищается через %n секунд после копирования.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Right: that is your passphrase.</source>
        <translation>Верно: это ваша парольная фраза.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That is not your passphrase. Nothing was counted; try again slowly.</source>
        <translation>Это не ваша парольная фраза. Ничего не засчитано; попробуйте ещё раз, не спеша.</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <location filename="../../ui/sharing/export_pages.py" line="+85"/>
        <source>Where should the bundle go?</source>
        <translation>Куда сохранить пакет?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example on a USB stick. The file is encrypted: it is safe to carry or to send by any channel.</source>
        <translation>Например, на USB-накопитель. Файл зашифрован: его безопасно носить с собой и отправлять любым способом.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Seal the bundle</source>
        <translation>&amp;Запечатать пакет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the bundle</source>
        <translation>Выберите, куда сохранить пакет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What will be sealed</source>
        <translation>Что будет запечатано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are about to seal</source>
        <translation>Вы собираетесь запечатать</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only encrypted data is written. If you cancel while it is being sealed, no file is left behind.</source>
        <translation>Записываются только зашифрованные данные. Если отменить запечатывание, никакой файл не останется.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 incident</source>
        <translation>1 инцидент</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n incidents</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For: {who}</source>
        <translation>Для кого: {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed with this diary&apos;s key</source>
        <translation>Подписан ключом этого дневника</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed</source>
        <translation>Не подписан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author: {name}</source>
        <translation>Автор: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the sealed bundle</source>
        <translation>Сохранить запечатанный пакет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sealed bundles (*.age)</source>
        <translation>Запечатанные пакеты (*.age)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a folder with “Choose…”.</source>
        <translation>Выберите папку кнопкой «Выбрать…».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with that name exists already. Choose another name.</source>
        <translation>Файл с таким именем уже существует. Выберите другое имя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That folder does not exist. Choose another place.</source>
        <translation>Такой папки нет. Выберите другое место.</translation>
    </message>
</context>
<context>
    <name>SelectPage</name>
    <message>
        <location line="-724"/>
        <source>Which incidents?</source>
        <translation>Какие инциденты?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what goes into the sealed bundle. Evidence files attached to these incidents go with them. Deleted incidents are never included.</source>
        <translation>Выберите, что войдёт в запечатанный пакет. Файлы-доказательства этих инцидентов войдут вместе с ними. Удалённые инциденты не включаются никогда.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;All incidents</source>
        <translation>&amp;Все инциденты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only the incidents I tick</source>
        <translation>&amp;Только отмеченные мной инциденты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents that happened &amp;between two dates</source>
        <translation>Инциденты &amp;между двумя датами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents with a &amp;tag</source>
        <translation>Инциденты с мет&amp;кой</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading the incidents</source>
        <translation>Загрузка инцидентов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chosen</source>
        <translation>Выбрано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out the &amp;originals of redacted copies (send only the copies)</source>
        <translation>Не включать &amp;оригиналы отредактированных копий (отправить только копии)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each copy still names its original&apos;s SHA-256 fingerprint, so the original can be shown later if needed.</source>
        <translation>Каждая копия по-прежнему называет SHA-256 отпечаток своего оригинала, так что при необходимости оригинал можно показать позже.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For a &amp;court: number incidents by date, evidence as annexes</source>
        <translation>Для &amp;суда: нумеровать инциденты по дате, доказательства — как приложения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incidents are numbered 1, 2, … by date and evidence files A1, A2, … in the report, the file names and the manifest, with no diary numbers; the report adds a list of documents with page numbers and a statement of truth to sign.</source>
        <translation>Инциденты нумеруются 1, 2, … по дате, а файлы доказательств — A1, A2, … в отчёте, именах файлов и манифесте, без номеров дневника; в отчёт добавляются перечень документов с номерами страниц и заявление о достоверности для подписи.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search the incidents…</source>
        <translation>Поиск по инцидентам…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the incidents</source>
        <translation>Поиск по инцидентам</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick all &amp;shown</source>
        <translation>Отметить все &amp;показанные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Untick all</source>
        <translation>&amp;Снять все отметки</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counted by the day each incident started; both days are included.</source>
        <translation>Считается по дню начала каждого инцидента; оба дня включаются.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of your incidents has a tag yet.</source>
        <translation>Ни у одного инцидента пока нет меток.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;ag</source>
        <translation>&amp;Метка</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the incidents…</source>
        <translation>Загрузка инцидентов…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 file</source>
        <translation>1 файл</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+119"/>
        <source>1 incident chosen</source>
        <translation>Выбран 1 инцидент</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n incidents chosen</source>
        <translation>
            <numerusform>Выбран %n инцидент</numerusform>
            <numerusform>Выбрано %n инцидента</numerusform>
            <numerusform>Выбрано %n инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no evidence files</source>
        <translation>нет файлов-доказательств</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 evidence file</source>
        <translation>1 файл-доказательство</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n evidence files</source>
        <translation>
            <numerusform>%n файл-доказательство</numerusform>
            <numerusform>%n файла-доказательства</numerusform>
            <numerusform>%n файлов-доказательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-115"/>
        <source>&amp;All incidents (%n)</source>
        <translation>
            <numerusform>&amp;Все инциденты (%n)</numerusform>
            <numerusform>&amp;Все инциденты (%n)</numerusform>
            <numerusform>&amp;Все инциденты (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Your diary has no incidents yet, so there is nothing to export.</source>
        <translation>В дневнике пока нет инцидентов, поэтому экспортировать нечего.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No incidents chosen yet.</source>
        <translation>Инциденты пока не выбраны.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+118"/>
        <location line="+425"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="-420"/>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Panic wipe</source>
        <translation>&amp;Экстренное удаление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recovery code</source>
        <translation>&amp;Код восстановления</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety chec&amp;k-up</source>
        <translation>Проверка &amp;безопасности</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Quire…</source>
        <translation>О программе Quire…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Locking</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <location line="+129"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Lock after this many idle minutes</source>
        <translation>Блокировать после стольких минут бездействия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock when idle for</source>
        <translation>&amp;Блокировать при бездействии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quire will never lock itself. Anyone who reaches this computer while the diary is open can read it. Lock with Ctrl+L whenever you step away.</source>
        <translation>Quire никогда не будет блокироваться сам. Любой, кто подойдёт к компьютеру, пока дневник открыт, сможет его прочитать. Блокируйте его клавишами Ctrl+L, когда отходите.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear copied text after this many seconds</source>
        <translation>Очищать скопированный текст через столько секунд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear copied text after</source>
        <translation>О&amp;чищать скопированный текст через</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text you copy from Quire stays on the clipboard until you copy something else, and other programs can read it.</source>
        <translation>Скопированный из Quire текст остаётся в буфере обмена, пока вы не скопируете что-то другое, и другие программы могут его прочитать.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove a pasted &amp;screenshot from the clipboard</source>
        <translation>Убирать вставленный &amp;снимок экрана из буфера обмена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Once a screenshot you pasted is stored in the diary, it is taken off the clipboard, so no other program can paste it later.</source>
        <translation>Как только вставленный вами снимок экрана сохранён в дневнике, он убирается из буфера обмена, чтобы никакая другая программа не смогла вставить его позже.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discretion</source>
        <translation>Незаметность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discreet mode</source>
        <translation>&amp;Незаметный режим</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+2"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La&amp;nguage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your signing key</source>
        <translation>Ваш ключ подписи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock the diary to see this.</source>
        <translation>Разблокируйте дневник, чтобы увидеть это.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every bundle this diary signs carries this key. Read it to the organisation by phone, so it knows the bundles come from you.</source>
        <translation>Каждый пакет, подписанный этим дневником, несёт этот ключ. Прочитайте его организации по телефону, чтобы она знала, что пакеты от вас.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing key, digits</source>
        <translation>Ключ подписи, цифры</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing key, words</source>
        <translation>Ключ подписи, слова</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The panic button (Ctrl+Shift+Delete) destroys the diary on this computer: first the key, so nothing can be decrypted any more, then every file. Backups kept elsewhere are not affected.</source>
        <translation>Кнопка экстренного удаления (Ctrl+Shift+Delete) уничтожает дневник на этом компьютере: сначала ключ, после чего ничего нельзя расшифровать, затем все файлы. Резервные копии, хранящиеся в другом месте, не затрагиваются.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When the panic button is pressed</source>
        <translation>При нажатии кнопки экстренного удаления</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ask once before wiping</source>
        <translation>&amp;Спросить один раз перед удалением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe when the button is &amp;held down for 2 seconds</source>
        <translation>Удалить, если &amp;удерживать кнопку 2 секунды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe at &amp;once, without a question</source>
        <translation>Удалить с&amp;разу, без вопросов</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrong passphrases</source>
        <translation>Неверные парольные фразы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wipe after this many wrong passphrases</source>
        <translation>Удалить после стольких неверных парольных фраз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wipe after this many in a row</source>
        <translation>Неверных попыток &amp;подряд до удаления</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After this many wrong passphrases in a row, the diary is destroyed — even if it is you mistyping. Keep a backup somewhere safe.</source>
        <translation>После стольких неверных парольных фраз подряд дневник будет уничтожен — даже если ошиблись вы сами. Храните резервную копию в надёжном месте.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warn on the unlock screen before the &amp;last attempt</source>
        <translation>Предупреждать на экране разблокировки перед &amp;последней попыткой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The warning can stop you before a slip of your own destroys the diary. But anyone at the unlock screen sees it too: someone who wants to read the diary will stop guessing, and someone who wants it gone will type one more.</source>
        <translation>Предупреждение может остановить вас до того, как ваша собственная опечатка уничтожит дневник. Но его видит любой у экрана разблокировки: тот, кто хочет прочитать дневник, перестанет подбирать, а тот, кто хочет его уничтожить, введёт ещё одну.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+31"/>
        <location line="+237"/>
        <source>Duress passphrase</source>
        <translation>Тревожная парольная фраза</translation>
    </message>
    <message>
        <location line="-391"/>
        <source>Every window is called &quot;Notes&quot; and has a plain grey icon, the lock screen names nothing, and the backup reminder is not shown, so a glance at the screen or the taskbar does not reveal Quire.</source>
        <translation>Каждое окно называется «Заметки» и имеет простой серый значок, экран блокировки ничего не называет, а напоминание о резервной копии не показывается, так что взгляд на экран или панель задач не выдаёт Quire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hide incident &amp;titles in the list until one is selected</source>
        <translation>Скрывать &amp;заголовки инцидентов в списке, пока инцидент не выбран</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press %1 to hide everything at once: the diary locks (what you are writing is kept as a draft), its other windows close and a neutral lock screen shows. It is in the File menu too.</source>
        <translation>Нажмите %1, чтобы скрыть всё сразу: дневник блокируется (то, что вы пишете, сохраняется как черновик), его остальные окна закрываются и показывается нейтральный экран блокировки. Эта команда есть и в меню «Файл».</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>A second passphrase for when you are forced to unlock Quire. Typed at the unlock screen, it silently destroys the diary and opens the decoy diary you prepare here, or an empty one. Choose one you will not type by mistake.</source>
        <translation>Второй пароль на случай, если вас заставят открыть Quire. Введённый на экране разблокировки, он молча уничтожает дневник и открывает подставной дневник, подготовленный здесь, или пустой. Выберите такой, который вы не введёте по ошибке.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quire never shows whether a duress passphrase is set: nothing on this computer reveals it. Setting a new one replaces the old one.</source>
        <translation>Quire никогда не показывает, задана ли тревожная парольная фраза: ничто на этом компьютере этого не выдаёт. Новая фраза заменяет прежнюю.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duress passphrase again</source>
        <translation>Тревожная парольная фраза ещё раз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New duress &amp;passphrase</source>
        <translation>Новая тревожная &amp;фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gain</source>
        <translation>Ещё ра&amp;з</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set</source>
        <translation>Зада&amp;ть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the duress passphrase</source>
        <translation>Задать тревожную парольную фразу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>Уд&amp;алить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the duress passphrase</source>
        <translation>Удалить тревожную парольную фразу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;coy diary…</source>
        <translation>Под&amp;ставной дневник…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare the decoy diary</source>
        <translation>Подготовить подставной дневник</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changing the duress passphrase</source>
        <translation>Смена тревожной парольной фразы</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+31"/>
        <source>Unlock the diary to change this.</source>
        <translation>Чтобы изменить это, разблокируйте дневник.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 24 words you wrote down when the diary was made open it on another computer, with your passphrase. Lost the paper? Type your passphrase to see them again, where no one can see the screen.</source>
        <translation>24 слова, записанные при создании дневника, вместе с парольной фразой открывают его на другом компьютере. Потеряли бумагу? Введите парольную фразу, чтобы увидеть их снова, — там, где никто не видит экран.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your passphrase</source>
        <translation>Ваша парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;passphrase</source>
        <translation>Ваша &amp;парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the recovery &amp;code</source>
        <translation>Показать &amp;код восстановления</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This diary has no recovery code: it is protected by the passphrase alone.</source>
        <translation>У этого дневника нет кода восстановления: его защищает только парольная фраза.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Wrong passphrase.</source>
        <translation>Неверная парольная фраза.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The settings could not be saved: {error}</source>
        <translation>Не удалось сохранить настройки: {error}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The duress passphrase is set.</source>
        <translation>Тревожная парольная фраза задана.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove the duress passphrase? Only your own passphrase will open Quire.</source>
        <translation>Удалить тревожную парольную фразу? Quire будет открываться только вашей собственной фразой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No duress passphrase is set now.</source>
        <translation>Теперь тревожная парольная фраза не задана.</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+154"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
</context>
<context>
    <name>SigningPage</name>
    <message>
        <location filename="../../ui/sharing/export_pages.py" line="+289"/>
        <source>Sign the bundle?</source>
        <translation>Подписать пакет?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signature is optional. Decide what matters more to you.</source>
        <translation>Подпись необязательна. Решите, что для вас важнее.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign the bundle with this diary&apos;s key</source>
        <translation>&amp;Подписать пакет ключом этого дневника</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This diary&apos;s signing fingerprint</source>
        <translation>Отпечаток подписи этого дневника</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymous</source>
        <translation>Анонимно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name on the report</source>
        <translation>Ваше имя в отчёте</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your &amp;name (optional)</source>
        <translation>Ваше &amp;имя (необязательно)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing lets the organisation prove the bundle came from your diary and was not altered; it also lets anyone who gets several of your bundles see that they came from the same diary.</source>
        <translation>Подпись позволяет организации доказать, что пакет пришёл из вашего дневника и не был изменён; но она же позволяет любому, у кого окажутся несколько ваших пакетов, увидеть, что они из одного дневника.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign it when the organisation may need to prove in court or to a platform where the evidence came from. Leave it unsigned if being linked to your other bundles could put you at risk.</source>
        <translation>Подпишите, если организации, возможно, придётся доказывать в суде или платформе, откуда взялись доказательства. Не подписывайте, если связь с другими вашими пакетами может подвергнуть вас риску.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Printed on the report&apos;s cover. Leave it empty to stay anonymous: the bundle then carries no name.</source>
        <translation>Печатается на обложке отчёта. Оставьте пустым, чтобы остаться анонимным: тогда в пакете не будет имени.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This diary&apos;s signing fingerprint: {fp}</source>
        <translation>Отпечаток подписи этого дневника: {fp}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/sharing/export_wizard.py" line="+41"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>What to tell the organisation</source>
        <translation>Что сообщить организации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Try again</source>
        <translation>&amp;Попробовать снова</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sealing cancelled</source>
        <translation>Запечатывание отменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>No bundle was written, and nothing was left on the disk.</source>
        <translation>Пакет не записан, и на диске ничего не осталось.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>You can start again whenever you are ready, or close this window.</source>
        <translation>Можно начать заново, когда будете готовы, или закрыть это окно.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle could not be sealed</source>
        <translation>Не удалось запечатать пакет</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bundle is sealed</source>
        <translation>Пакет запечатан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only someone who knows the passphrase can open it.</source>
        <translation>Открыть его может только тот, кто знает парольную фразу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only {who} can open it.</source>
        <translation>Открыть его может только {who}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have not yet compared this organisation&apos;s fingerprint with them. Do it before you send the file.</source>
        <translation>Вы ещё не сверили отпечаток этой организации с ней самой. Сделайте это до отправки файла.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>and the cited chat exports, whole ({n}): every message in them, not only the excerpts</source>
        <translation>и цитируемые экспорты чатов целиком ({n}): все сообщения в них, а не только выдержки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not signed (it cannot be linked to your other bundles)</source>
        <translation>не подписан (его нельзя связать с другими вашими пакетами)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files</source>
        <translation>Файлы-доказательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>1. Give them the file by any channel: a USB stick, a secure messenger, e-mail. It is encrypted; whoever carries it cannot read it.</source>
        <translation>1. Передайте им файл любым способом: на флешке, через защищённый мессенджер, по электронной почте. Он зашифрован; тот, кто его передаёт, прочитать его не сможет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2. They open it with Quire (“Open a received bundle…”) or with the standard age tool, then read README.txt and report.pdf inside.</source>
        <translation>2. Они открывают его в Quire («Открыть полученный пакет…») или стандартным инструментом age, а затем читают README.txt и report.pdf внутри.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3. Tell them the passphrase in person or by phone — never in the same message as the file.</source>
        <translation>3. Сообщите им парольную фразу лично или по телефону — никогда в том же сообщении, что и файл.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3. They need the secret key file that belongs to the key you chose (age -d -i their-key.txt -o bundle.zip FILE).</source>
        <translation>3. Им нужен файл секретного ключа, соответствующий выбранному вами ключу (age -d -i their-key.txt -o bundle.zip FILE).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>4. To check that it came from you, they can compare the signature fingerprint above with your earlier bundles, or with you by phone.</source>
        <translation>4. Чтобы убедиться, что пакет от вас, они могут сверить отпечаток подписи выше с вашими прежними пакетами или с вами по телефону.</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <location filename="../../ui/timeline.py" line="+79"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Incidents over time, by category</source>
        <translation>Инциденты во времени, по категориям</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents over time</source>
        <translation>Инциденты во времени</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counting incidents</source>
        <translation>Подсчёт инцидентов</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The diary is empty. Incidents you record will appear here.</source>
        <translation>Дневник пуст. Записанные вами инциденты появятся здесь.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of the incidents has a date yet. Add dates to see them here.</source>
        <translation>Ни у одного инцидента пока нет даты. Добавьте даты, чтобы увидеть их здесь.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The timeline could not be read: {error}</source>
        <translation>Не удалось прочитать хронологию: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incidents per year, each counted once under its first category.</source>
        <translation>Инциденты по годам; каждый учтён один раз, по первой категории.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents per month, each counted once under its first category.</source>
        <translation>Инциденты по месяцам; каждый учтён один раз, по первой категории.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incidents with no date: {n}.</source>
        <translation>Инцидентов без даты: {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dated only to the year, so not shown by month: {n}.</source>
        <translation>Дата известна только с точностью до года, поэтому не показаны по месяцам: {n}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
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
        <translation>Quire заблокирован</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+81"/>
        <source>Enter your passphrase to open the diary.</source>
        <translation>Введите парольную фразу, чтобы открыть дневник.</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+1"/>
        <location line="+34"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Keyboard and Caps Lock</source>
        <translation>Клавиатура и Caps Lock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One more wrong passphrase will destroy this diary.</source>
        <translation>Ещё одна неверная парольная фраза уничтожит этот дневник.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This vault was moved from another computer</source>
        <translation>Этот дневник перенесён с другого компьютера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 24 words of your recovery code</source>
        <translation>24 слова вашего кода восстановления</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/self_test.py" line="+161"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Panic wipe…</source>
        <translation>Экстренное удаление…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destroy the diary on this computer now, without the passphrase (Ctrl+Shift+Delete)</source>
        <translation>Уничтожить дневник на этом компьютере сейчас, без пароля (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your password to continue.</source>
        <translation>Введите пароль, чтобы продолжить.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Keyboard: %1</source>
        <translation>Клавиатура: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>typing %1</source>
        <translation>ввод: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caps Lock: shown once you type a letter</source>
        <translation>Caps Lock: будет показан, когда вы введёте букву</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAPS LOCK IS ON</source>
        <translation>CAPS LOCK ВКЛЮЧЁН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caps Lock is off</source>
        <translation>Caps Lock выключен</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Wrong passphrase. Check the keyboard language and Caps Lock.</source>
        <translation>Неверная парольная фраза. Проверьте раскладку клавиатуры и Caps Lock.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This vault needs its recovery code on this computer. Tick the box below and type the 24 words.</source>
        <translation>На этом компьютере для дневника нужен код восстановления. Отметьте пункт ниже и введите 24 слова.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The diary&apos;s files are damaged and cannot be opened safely: {what}. Nothing was changed. Restore a backup, or ask for help.</source>
        <translation>Файлы дневника повреждены, и открыть их безопасно нельзя: {what}. Ничего не изменено. Восстановите резервную копию или обратитесь за помощью.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/pages/welcome.py" line="+102"/>
        <source>Welcome to Quire</source>
        <translation>Добро пожаловать в Quire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quire is a private diary for recording harassment, threats and attacks, with the evidence: screenshots, files, links. Everything is encrypted on this computer. Nothing is sent anywhere, ever, unless you export a sealed bundle for an organisation you trust.</source>
        <translation>Quire — личный дневник, в котором можно записывать преследования, угрозы и нападения вместе с доказательствами: снимками экрана, файлами, ссылками. Всё шифруется на этом компьютере. Ничего никуда и никогда не отправляется, если вы сами не экспортируете запечатанный пакет для организации, которой доверяете.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quire protects your diary if this laptop is taken, copied or searched while Quire is locked.</source>
        <translation>Quire защищает дневник, если этот ноутбук заберут, скопируют или обыщут, пока Quire заблокирован.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It cannot protect you if someone has already installed spyware on this computer, or sees your screen while the diary is open. Lock Quire (Ctrl+L) whenever you step away; it also locks itself when you are idle.</source>
        <translation>Quire не защитит, если на компьютер уже установлена шпионская программа или кто-то видит ваш экран, пока дневник открыт. Блокируйте Quire (Ctrl+L), когда отходите; при бездействии он блокируется и сам.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create my diary</source>
        <translation>Создать мой дневник</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a received bundle…</source>
        <translation>&amp;Открыть полученный пакет…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a passphrase</source>
        <translation>Выберите парольную фразу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passphrase is a password made of several words. Four or five unrelated words, in any language, are easy to remember and very hard to guess.</source>
        <translation>Парольная фраза — это пароль из нескольких слов. Четыре-пять не связанных между собой слов на любом языке легко запомнить и очень трудно подобрать.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Passphrase again</source>
        <translation>Парольная фраза ещё раз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;uggest a passphrase</source>
        <translation>&amp;Предложить фразу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest a passphrase of random words</source>
        <translation>Предложить парольную фразу из случайных слов</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>If you forget this passphrase, nobody — not even the makers of Quire — can open your diary again. Write it down and keep it somewhere safe, away from the laptop.</source>
        <translation>Если вы забудете эту парольную фразу, никто — даже создатели Quire — не сможет снова открыть ваш дневник. Запишите её и храните в надёжном месте, подальше от ноутбука.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also keep a secret in this computer&apos;s keyring</source>
        <translation>Также хранить секрет в хранилище ключей этого компьютера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a device secret</source>
        <translation>Использовать секрет устройства</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Then a copy of the diary is useless without this computer. You will get 24 words to write down: you need them to open the diary on another computer.</source>
        <translation>Тогда копия дневника бесполезна без этого компьютера. Вы получите 24 слова, которые нужно записать: без них дневник не открыть на другом компьютере.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not available here: {reason}. The passphrase alone protects the diary.</source>
        <translation>Здесь недоступно: {reason}. Дневник защищает только парольная фраза.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type it once more, from memory</source>
        <translation>Введите её ещё раз, по памяти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A practice before the diary is made: type your passphrase without looking. If you cannot yet, go back, look at it again, or choose another.</source>
        <translation>Тренировка перед созданием дневника: введите парольную фразу, не подглядывая. Если пока не получается, вернитесь назад, посмотрите на неё ещё раз или выберите другую.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase, from memory</source>
        <translation>Парольная фраза, по памяти</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create the diary</source>
        <translation>Создать дневник</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 words, each drawn from %2: about %3 bits. Write them down, then type them.</source>
        <translation>%1 слов, каждое выбрано из %2: около %3 бит. Запишите их, затем введите.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That is not the passphrase you chose.</source>
        <translation>Это не та парольная фраза, которую вы выбрали.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two do not match yet.</source>
        <translation>Они пока не совпадают.</translation>
    </message>
</context>
<context>
    <name>_WorkDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="-330"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Отменено. Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>chats</name>
    <message>
        <location filename="../../app/chats/detect.py" line="+86"/>
        <source>The export does not say whether it is Instagram or Facebook Messenger (their files are alike); taken as Instagram. Say --format facebook if it is Messenger.</source>
        <translation>Экспорт не говорит, Instagram это или Facebook Messenger (их файлы похожи); принят за Instagram. Если это Messenger, укажите --format facebook.</translation>
    </message>
    <message>
        <location filename="../../app/chats/store.py" line="+252"/>
        <source>{n} attached file(s) named in the chat are not in the export (exported without media?); their messages say so.</source>
        <translation>{n} вложенных файлов, названных в чате, нет в экспорте (экспорт без медиа?); их сообщения говорят об этом.</translation>
    </message>
    <message>
        <location filename="../../app/chats/telegram.py" line="+174"/>
        <source>Some messages have no date_unixtime (an older export): their times are read in {zone}.</source>
        <translation>У некоторых сообщений нет date_unixtime (старый экспорт): их время читается в поясе {zone}.</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>The account&apos;s {n} session(s) (devices, IP addresses, countries) are kept as account activity.</source>
        <translation>Сеансы аккаунта ({n}: устройства, IP-адреса, страны) сохранены как активность аккаунта.</translation>
    </message>
    <message>
        <location filename="../../app/chats/telegram_html.py" line="+167"/>
        <source>Message times without a UTC offset (an older export) are read in {zone}.</source>
        <translation>Время сообщений без смещения UTC (старый экспорт) читается в поясе {zone}.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>{n} service message(s) (calls, pins, members…) have no time in the HTML export; each is given the time of the message before it.</source>
        <translation>У {n} служебных сообщений (звонки, закрепления, участники…) в HTML-экспорте нет времени; каждому присвоено время предыдущего сообщения.</translation>
    </message>
    <message>
        <location filename="../../app/chats/timezones.py" line="+47"/>
        <source>{offset} (this computer&apos;s offset now; no zone name known)</source>
        <translation>{offset} (текущее смещение этого компьютера; имя пояса неизвестно)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{zone} (as given)</source>
        <translation>{zone} (как указано)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{zone} (this computer&apos;s; the export names none)</source>
        <translation>{zone} (пояс этого компьютера; экспорт его не называет)</translation>
    </message>
    <message>
        <location filename="../../app/chats/whatsapp.py" line="+108"/>
        <source>Dates are written year first (year-month-day).</source>
        <translation>Даты записаны начиная с года (год-месяц-день).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Day/month order: day first, read from the file (line {line}: {shown}).</source>
        <translation>Порядок дня и месяца: сначала день, определён по файлу (строка {line}: {shown}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day/month order: month first, read from the file (line {line}: {shown}).</source>
        <translation>Порядок дня и месяца: сначала месяц, определён по файлу (строка {line}: {shown}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Day/month order: day first, as the person said (--date-order {given}); every date in the file reads both ways.</source>
        <translation>Порядок дня и месяца: сначала день, как указал человек (--date-order {given}); каждую дату в файле можно прочитать обоими способами.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day/month order: month first, as the person said (--date-order {given}); every date in the file reads both ways.</source>
        <translation>Порядок дня и месяца: сначала месяц, как указал человек (--date-order {given}); каждую дату в файле можно прочитать обоими способами.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Times read in {zone}.</source>
        <translation>Время прочитано в поясе {zone}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times are written with AM/PM (12-hour clock).</source>
        <translation>Время записано с AM/PM (12-часовой формат).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{n} message(s) are earlier than the one before them in the file; WhatsApp does not promise time order. Each keeps its place in the file.</source>
        <translation>{n} сообщений раньше предыдущего в файле; WhatsApp не гарантирует порядок по времени. Каждое остаётся на своём месте в файле.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../ui/date_field.py" line="+113"/>
        <source>Choose on a calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
    <message>
        <location filename="../../app/dates.py" line="+36"/>
        <source>&apos;{text}&apos; is not a date. Write it like 14.05.2025 or 14.05.2025 23:15.</source>
        <translation>«{text}» — не дата. Пишите так: 14.05.2025 или 14.05.2025 23:15.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{text}&apos; is not a day of the calendar.</source>
        <translation>«{text}» — такого дня нет в календаре.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; has no such time of day.</source>
        <translation>«{text}» — такого времени суток нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a date: use YYYY-MM-DD, YYYY-MM, or YYYY-MM-DDTHH:MM.</source>
        <translation>«{text}» — не дата: используйте ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ-ММ-ДДTЧЧ:ММ.</translation>
    </message>
</context>
<context>
    <name>discreet</name>
    <message>
        <location filename="../../ui/discreet.py" line="+29"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <location filename="../../app/incidents/drafts.py" line="+176"/>
        <source>The files waiting in this draft would pass {limit}. Save the incident first; then add more files to it.</source>
        <translation>Файлы в этом черновике превысили бы {limit}. Сначала сохраните инцидент, затем добавьте к нему остальные файлы.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name} is not a file (folders are not added).</source>
        <translation>{name} — не файл (папки не добавляются).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+92"/>
        <source>Cancelled; the file was not added.</source>
        <translation>Отменено; файл не добавлен.</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+6"/>
        <source>No waiting file {file_id}.</source>
        <translation>Нет ожидающего файла {file_id}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelled; the other files wait in the draft.</source>
        <translation>Отменено; остальные файлы ждут в черновике.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>{name} is larger than {limit}, more than a draft holds. Save the incident first; then add this file to it.</source>
        <translation>{name} больше {limit} — больше, чем вмещает черновик. Сначала сохраните инцидент, затем добавьте к нему этот файл.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/age/armor.py" line="+111"/>
        <source>armor line too long</source>
        <translation>строка брони слишком длинная</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no BEGIN AGE ENCRYPTED FILE line</source>
        <translation>нет строки BEGIN AGE ENCRYPTED FILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>too much whitespace before the armor</source>
        <translation>слишком много пробелов перед бронёй</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first line is not -----BEGIN AGE ENCRYPTED FILE-----</source>
        <translation>первая строка — не -----BEGIN AGE ENCRYPTED FILE-----</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>data after the END AGE ENCRYPTED FILE line</source>
        <translation>после строки END AGE ENCRYPTED FILE есть данные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too much whitespace after the armor</source>
        <translation>слишком много пробелов после брони</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing the END AGE ENCRYPTED FILE line (truncated?)</source>
        <translation>нет строки END AGE ENCRYPTED FILE (файл обрезан?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line after the last (short or padded) armor line</source>
        <translation>строка после последней (короткой или дополненной) строки брони</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty line inside the armor</source>
        <translation>пустая строка внутри брони</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>armor line longer than 64 columns</source>
        <translation>строка брони длиннее 64 символов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid base64 in the armor (bad character or padding)</source>
        <translation>неверный base64 в броне (неверный символ или дополнение)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>non-canonical base64 in the armor</source>
        <translation>неканонический base64 в броне</translation>
    </message>
    <message>
        <location filename="../../app/age/bech32.py" line="+72"/>
        <source>invalid padding in the data part</source>
        <translation>неверное дополнение в части данных</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the prefix must be 1 or more printable ASCII characters</source>
        <translation>префикс должен состоять из одного или нескольких печатных символов ASCII</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the prefix mixes upper and lower case</source>
        <translation>в префиксе смешаны заглавные и строчные буквы</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>contains spaces or characters outside printable ASCII</source>
        <translation>содержит пробелы или символы вне печатного ASCII</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/age/keys.py" line="+61"/>
        <source>mixes upper and lower case letters</source>
        <translation>смешаны заглавные и строчные буквы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing the &apos;1&apos; separator after the prefix</source>
        <translation>после префикса нет разделителя «1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrong prefix {hrp}, expected {value}</source>
        <translation>неверный префикс {hrp}, ожидался {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>too short to hold a checksum</source>
        <translation>слишком короткий, чтобы содержать контрольную сумму</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid character(s) {value} (bech32 has no 1, b, i, o)</source>
        <translation>недопустимые символы {value} (в bech32 нет 1, b, i, o)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/age/keys.py" line="+3"/>
        <source>bad checksum: a character was mistyped, swapped or lost</source>
        <translation>неверная контрольная сумма: символ набран с ошибкой, переставлен или пропущен</translation>
    </message>
    <message>
        <location filename="../../app/age/decrypt.py" line="+70"/>
        <source>a passphrase (scrypt) stanza must be the only one in the header</source>
        <translation>блок парольной фразы (scrypt) должен быть в заголовке единственным</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none of the given keys opens this file (it has: {kinds})</source>
        <translation>ни один из указанных ключей не открывает этот файл (в нём: {kinds})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unwrapped file key has the wrong length</source>
        <translation>у расшифрованного ключа файла неверная длина</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the file ends right after the header (no payload nonce)</source>
        <translation>файл заканчивается сразу после заголовка (нет nonce содержимого)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>the encrypted content is damaged: {exc}</source>
        <translation>зашифрованное содержимое повреждено: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/age/encrypt.py" line="+38"/>
        <source>no recipients given</source>
        <translation>получатели не указаны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} recipients: a file can have at most {max_stanzas}</source>
        <translation>получателей: {count}; у файла их может быть не больше {max_stanzas}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a passphrase can&apos;t be combined with other recipients (or another passphrase)</source>
        <translation>парольную фразу нельзя сочетать с другими получателями (или другой парольной фразой)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>post-quantum (age1pq1…) and classic (age1…) recipients can&apos;t be mixed: the file would only be as strong as the classic key; use all post-quantum keys</source>
        <translation>постквантовых (age1pq1…) и классических (age1…) получателей нельзя смешивать: файл был бы не надёжнее классического ключа; используйте только постквантовые ключи</translation>
    </message>
    <message>
        <location filename="../../app/age/header.py" line="+63"/>
        <source>header MAC mismatch: the header was modified</source>
        <translation>MAC заголовка не совпадает: заголовок изменён</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>not a complete age file: the file {what}</source>
        <translation>неполный файл age: файл {what}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>header too large: more than {value} KiB (Quire reads at most that)</source>
        <translation>заголовок слишком велик: больше {value} КиБ (Quire читает не больше)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>header has too many recipient stanzas: more than {max_stanzas} (Quire reads at most that many)</source>
        <translation>в заголовке слишком много блоков получателей: больше {max_stanzas} (Quire читает не больше)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>malformed stanza line (arguments must be printable ASCII, one space)</source>
        <translation>неверная строка блока (аргументы — печатный ASCII через один пробел)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>malformed stanza body (or a stanza missing its final short line)</source>
        <translation>неверное тело блока (или у блока нет последней короткой строки)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>malformed stanza body: {exc}</source>
        <translation>неверное тело блока: {exc}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>malformed MAC line</source>
        <translation>неверная строка MAC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed header MAC: {exc}</source>
        <translation>неверный MAC заголовка: {exc}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed header MAC: wrong length</source>
        <translation>неверный MAC заголовка: неверная длина</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unsupported age format version</source>
        <translation>неподдерживаемая версия формата age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an age file (no age-encryption.org/v1 line)</source>
        <translation>не файл age (нет строки age-encryption.org/v1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>malformed header line (expected a stanza or the MAC line)</source>
        <translation>неверная строка заголовка (ожидался блок или строка MAC)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>header has no recipient stanzas</source>
        <translation>в заголовке нет блоков получателей</translation>
    </message>
    <message>
        <location filename="../../app/age/keys.py" line="+10"/>
        <source>invalid recipient: it is empty</source>
        <translation>неверный получатель: пусто</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a secret key, not a recipient: never share it; use the age1… public key that goes with it</source>
        <translation>это секретный ключ, а не получатель: никому его не передавайте; используйте парный открытый ключ age1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SSH keys are not supported; use an age1… recipient</source>
        <translation>SSH-ключи не поддерживаются; используйте получателя age1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid recipient {shown}: {value}</source>
        <translation>неверный получатель {shown}: {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invalid recipient {shown}: wrong prefix {hrp} (expected age1… or post-quantum age1pq1…)</source>
        <translation>неверный получатель {shown}: неверный префикс {hrp} (ожидался age1… или постквантовый age1pq1…)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid recipient {shown}: wrong length ({count} bytes, expected {size}); part of it may be missing</source>
        <translation>неверный получатель {shown}: неверная длина ({count} байт, ожидалось {size}); возможно, часть потеряна</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>invalid recipient {shown}: not a valid public key</source>
        <translation>неверный получатель {shown}: это не действительный открытый ключ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>line {number}: {problem}</source>
        <translation>строка {number}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no recipients found</source>
        <translation>получатели не найдены</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid identity: it is empty</source>
        <translation>неверный идентификатор: пусто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plugin identities are not supported</source>
        <translation>идентификаторы плагинов не поддерживаются</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a recipient (public key), not an identity: it can encrypt but not decrypt</source>
        <translation>это получатель (открытый ключ), а не идентификатор: им можно зашифровать, но не расшифровать</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid identity: {value}</source>
        <translation>неверный идентификатор: {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid identity: wrong prefix (expected AGE-SECRET-KEY-1… or AGE-SECRET-KEY-PQ-1…)</source>
        <translation>неверный идентификатор: неверный префикс (ожидался AGE-SECRET-KEY-1… или AGE-SECRET-KEY-PQ-1…)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid identity: wrong length ({count} bytes, expected {size})</source>
        <translation>неверный идентификатор: неверная длина ({count} байт, ожидалось {size})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>identity file line {number}: {problem}</source>
        <translation>файл идентификаторов, строка {number}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no identities found in the identity file</source>
        <translation>в файле идентификаторов не найдено ни одного идентификатора</translation>
    </message>
    <message>
        <location filename="../../app/age/scrypt.py" line="+83"/>
        <source>malformed scrypt stanza: bad work factor</source>
        <translation>неверный блок scrypt: неверный коэффициент работы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scrypt work factor {value} is above the limit {max_work_factor} (it would take too long to open)</source>
        <translation>коэффициент работы scrypt {value} выше предела {max_work_factor} (открытие заняло бы слишком много времени)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>scrypt work factor {work_factor} needs {value} MiB of memory, more than this computer could give</source>
        <translation>коэффициенту работы scrypt {work_factor} нужно {value} МиБ памяти — больше, чем может дать этот компьютер</translation>
    </message>
    <message>
        <location filename="../../app/age/stanza.py" line="+85"/>
        <source>malformed {type} stanza: body is {count} bytes, expected {wrapped_file_key_size}</source>
        <translation>неверный блок {type}: тело {count} байт, ожидалось {wrapped_file_key_size}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>malformed {stanza_type} stanza: {count} arguments, expected {arg_count}</source>
        <translation>неверный блок {stanza_type}: аргументов {count}, ожидалось {arg_count}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>malformed {type} stanza {what}: {exc}</source>
        <translation>неверный блок {type} {what}: {exc}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed {type} stanza: the {what} is not {size} bytes</source>
        <translation>неверный блок {type}: {what} не {size} байт</translation>
    </message>
    <message>
        <location filename="../../app/age/x25519.py" line="+45"/>
        <source>malformed {stanza_type} stanza: low-order share (all-zero shared secret)</source>
        <translation>неверный блок {stanza_type}: доля низкого порядка (нулевой общий секрет)</translation>
    </message>
    <message>
        <location filename="../../app/archive_safety.py" line="+46"/>
        <source>has an unsafe name</source>
        <translation>имеет небезопасное имя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has control characters in its name</source>
        <translation>в имени есть управляющие символы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has an unsafe path</source>
        <translation>имеет небезопасный путь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has a character that Windows forbids in file names</source>
        <translation>в имени есть символ, запрещённый Windows в именах файлов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ends in a dot or a space, which Windows drops</source>
        <translation>имя оканчивается точкой или пробелом, которые Windows отбрасывает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uses a name Windows keeps for devices</source>
        <translation>использует имя, зарезервированное Windows для устройств</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>it holds more than {max_entries} entries</source>
        <translation>содержит больше {max_entries} элементов</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an entry has an empty name</source>
        <translation>у одного из элементов пустое имя</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/bundle/receive.py" line="+141"/>
        <source>the entry {name} {problem}</source>
        <translation>элемент {name} {problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>the entry {name} is not a plain file</source>
        <translation>элемент {name} — не обычный файл</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the entry {name} appears twice (perhaps in another case or normalisation)</source>
        <translation>элемент {name} встречается дважды (возможно, в другом регистре или нормализации)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the entry {name} uses an unsupported compression</source>
        <translation>элемент {name} использует неподдерживаемое сжатие</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/bundle/receive.py" line="+62"/>
        <source>the entry {name} is encrypted inside the archive</source>
        <translation>элемент {name} зашифрован внутри архива</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the entry {name} looks like a compression bomb</source>
        <translation>элемент {name} похож на zip-бомбу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it claims to hold more than 64 GiB</source>
        <translation>заявляет, что содержит больше 64 ГиБ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the entry {clash} is both a file and a folder</source>
        <translation>элемент {clash} — одновременно файл и папка</translation>
    </message>
    <message>
        <location filename="../../app/bundle/export.py" line="+63"/>
        <source>Choose what to export: all, some incidents, a date range or a tag.</source>
        <translation>Выберите, что экспортировать: всё, некоторые инциденты, период или метку.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{text} is neither a recipient (age1…) nor a contact in the address book.</source>
        <translation>{text} — не получатель (age1…) и не контакт из адресной книги.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose at least one recipient (--to).</source>
        <translation>Выберите хотя бы одного получателя (--to).</translation>
    </message>
    <message>
        <location line="+84"/>
        <location filename="../../app/report/model.py" line="+45"/>
        <source>Export cancelled; no bundle was written.</source>
        <translation>Экспорт отменён; пакет не записан.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../app/cli/sharing.py" line="+32"/>
        <source>{out} exists already; choose another file name.</source>
        <translation>{out} уже существует; выберите другое имя файла.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These recipients cannot share one bundle: {exc}.</source>
        <translation>Эти получатели не могут быть в одном пакете: {exc}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No incidents match that selection; nothing was exported.</source>
        <translation>Под этот выбор не подходит ни один инцидент; ничего не экспортировано.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Not enough disk space for the bundle in {parent}; nothing was written.</source>
        <translation>В {parent} недостаточно места для пакета; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../app/bundle/identities.py" line="+27"/>
        <source>{path} is not a key file: it is a folder or a device.</source>
        <translation>{path} — не файл ключа: это папка или устройство.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file {path} does not exist.</source>
        <translation>Файла ключа {path} не существует.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is too large to be a key file.</source>
        <translation>{name} слишком велик для файла ключа.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a key file ({detail}). Choose the file with your secret key: it contains a line beginning with AGE-SECRET-KEY-.</source>
        <translation>{name} — не файл ключа ({detail}). Выберите файл с вашим секретным ключом: в нём есть строка, начинающаяся с AGE-SECRET-KEY-.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the key file that can open the bundle (-i FILE), or the bundle&apos;s passphrase.</source>
        <translation>Укажите файл ключа, который открывает пакет (-i FILE), или парольную фразу пакета.</translation>
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
        <translation>Пакет</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>its manifest {detail}</source>
        <translation>его манифест {detail}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its manifest is not valid JSON</source>
        <translation>его манифест — не корректный JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not a Quire bundle</source>
        <translation>это не пакет Quire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no valid version number</source>
        <translation>не имеет корректного номера версии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This bundle has format version {value}; a newer Quire is needed to open it.</source>
        <translation>У этого пакета версия формата {value}; чтобы открыть его, нужна более новая версия Quire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has a {key} that is not text</source>
        <translation>содержит {key}, который не является текстом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no list of files</source>
        <translation>не содержит списка файлов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has a file entry that is not an object</source>
        <translation>содержит запись файла, которая не является объектом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has a malformed file entry</source>
        <translation>содержит неверную запись файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no valid SHA-256 for {path}</source>
        <translation>не содержит корректного SHA-256 для {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no list of incidents</source>
        <translation>не содержит списка инцидентов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has a malformed incident entry</source>
        <translation>содержит неверную запись инцидента</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has an incident whose number is not a number</source>
        <translation>содержит инцидент, номер которого не является числом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has an incident whose {key} is not text</source>
        <translation>содержит инцидент, у которого {key} — не текст</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has an incident with a malformed evidence list</source>
        <translation>содержит инцидент с неверным списком доказательств</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has a sources entry that is not a list</source>
        <translation>содержит запись источников, которая не является списком</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has a malformed source entry</source>
        <translation>содержит неверную запись источника</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a source whose name is not text</source>
        <translation>содержит источник, имя которого — не текст</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names a source {path} that is not a listed file with its hash</source>
        <translation>называет источник {path}, которого нет среди перечисленных файлов с хешем</translation>
    </message>
    <message>
        <location filename="../../app/bundle/reader.py" line="-19"/>
        <source>{path} is too large to show here; save the files to read it.</source>
        <translation>{path} слишком велик, чтобы показать его здесь; сохраните файлы, чтобы прочитать.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} does not match its recorded hash</source>
        <translation>{path} не совпадает со своим записанным хешем</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an incident file is not valid JSON</source>
        <translation>один из файлов инцидентов — не корректный JSON</translation>
    </message>
    <message>
        <location filename="../../app/bundle/receive.py" line="-327"/>
        <source>The bundle {name}</source>
        <translation>Пакет {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle was not sealed for any of the given keys (wrong identity file?).</source>
        <translation>Этот пакет запечатан не для одного из указанных ключей (не тот файл идентификатора?).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not a valid sealed bundle ({exc})</source>
        <translation>это не корректный запечатанный пакет ({exc})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it is truncated or was altered ({exc})</source>
        <translation>он обрезан или изменён ({exc})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its archive is damaged ({exc})</source>
        <translation>его архив повреждён ({exc})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the entry {name} has a name Quire keeps for itself</source>
        <translation>у элемента {name} имя, которое Quire оставляет для себя</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its manifest lists {path} twice</source>
        <translation>его манифест дважды перечисляет {path}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the entry {name} is not in the manifest</source>
        <translation>элемента {name} нет в манифесте</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry {name} is larger or smaller than the manifest says</source>
        <translation>элемент {name} больше или меньше, чем указано в манифесте</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is missing</source>
        <translation>{value} отсутствует</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>{name} is implausibly large</source>
        <translation>{name} неправдоподобно велик</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no manifest.json</source>
        <translation>в нём нет manifest.json</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is invalid ({exc})</source>
        <translation>{name} неверен ({exc})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its signature is missing</source>
        <translation>подпись отсутствует</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has {sums_sig} but no signed manifest</source>
        <translation>в нём есть {sums_sig}, но нет подписанного манифеста</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it was signed by a key other than the one it names</source>
        <translation>он подписан не тем ключом, который в нём назван</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its manifest names another signing fingerprint</source>
        <translation>его манифест называет другой отпечаток ключа подписи</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{sums_sig} is missing</source>
        <translation>{sums_sig} отсутствует</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{sums_sig} was made with another key than the manifest&apos;s</source>
        <translation>{sums_sig} сделан другим ключом, чем манифест</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has {sums_sig} but no {sums}</source>
        <translation>в нём есть {sums_sig}, но нет {sums}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the entry {name} holds more than the manifest says</source>
        <translation>элемент {name} содержит больше, чем указано в манифесте</translation>
    </message>
    <message>
        <location filename="../../app/backup/archive.py" line="+105"/>
        <source>Not enough disk space to write the backup to {parent}; no backup was written.</source>
        <translation>Недостаточно места на диске, чтобы записать резервную копию в {parent}; копия не записана.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A vault already exists at {home}; restore will not overwrite it.</source>
        <translation>В {home} уже есть дневник; восстановление не перезапишет его.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{home} is not empty; restore into an empty or new folder.</source>
        <translation>{home} не пуста; восстанавливайте в пустую или новую папку.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup {name}</source>
        <translation>Резервная копия {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it has data after its manifest</source>
        <translation>после её манифеста есть данные</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>it holds an unexpected entry {name}</source>
        <translation>в ней есть неожиданный элемент {name}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>its manifest is implausibly large</source>
        <translation>её манифест неправдоподобно велик</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it is truncated or not a backup ({exc})</source>
        <translation>она обрезана или не является резервной копией ({exc})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is truncated (its manifest is missing)</source>
        <translation>она обрезана (нет манифеста)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not enough disk space to restore the backup into {home}; nothing was restored.</source>
        <translation>Недостаточно места на диске, чтобы восстановить резервную копию в {home}; ничего не восстановлено.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>it is truncated or has extra data at its end</source>
        <translation>она обрезана или в её конце лишние данные</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has unexpected data at its end</source>
        <translation>в её конце неожиданные данные</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>its manifest is unreadable</source>
        <translation>её манифест не читается</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} has format version {value}; update Quire.</source>
        <translation>{label}: версия формата {value}; обновите Quire.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>its manifest is unreadable (a malformed file entry)</source>
        <translation>её манифест не читается (неверная запись файла)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its manifest lists {value} twice</source>
        <translation>её манифест дважды перечисляет {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its manifest does not list the vault&apos;s files</source>
        <translation>её манифест не перечисляет файлы дневника</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is missing</source>
        <translation>{name} отсутствует</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/bundle/receive.py" line="+10"/>
        <source>{name} does not match its recorded hash</source>
        <translation>{name} не совпадает со своим записанным хешем</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} is not in its manifest</source>
        <translation>{value} нет в её манифесте</translation>
    </message>
    <message>
        <location filename="../../app/bundle/receive.py" line="+25"/>
        <source>The bundle is signed by {signer}, not by {expect_signer}.</source>
        <translation>Пакет подписан {signer}, а не {expect_signer}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle is signed by nobody, not by {expect_signer}.</source>
        <translation>Пакет никем не подписан, в том числе не {expect_signer}.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{name} does not ask for the time of this manifest</source>
        <translation>{name} запрашивает время не для этого манифеста</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{dest} is not an empty folder; choose a new or empty one.</source>
        <translation>{dest} — не пустая папка; выберите новую или пустую.</translation>
    </message>
    <message>
        <location filename="../../app/bundle/signers.py" line="+61"/>
        <source>{value} is not a signing-key fingerprint (it looks like SHA256: followed by 43 letters and digits).</source>
        <translation>{value} — не отпечаток ключа подписи (он выглядит как SHA256: и 43 буквы и цифры).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The address book of signers {path} cannot be read ({strerror}).</source>
        <translation>Адресную книгу подписантов {path} не удаётся прочитать ({strerror}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The address book of signers ({path})</source>
        <translation>Адресная книга подписантов ({path})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a list of signers</source>
        <translation>это не список подписантов</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give a name for this signer (who you know them to be).</source>
        <translation>Дайте имя этому подписанту (кем вы его знаете).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{value} is neither a signing-key fingerprint (SHA256:…) nor the name of one signer in your address book of signers.</source>
        <translation>{value} — не отпечаток ключа подписи (SHA256:…) и не имя подписанта из вашей адресной книги подписантов.</translation>
    </message>
    <message>
        <location filename="../../app/chats/detect.py" line="-35"/>
        <source>{main} is not a chat export Quire reads (WhatsApp .txt or .zip, Telegram result.json, Instagram or Messenger message_1.json).</source>
        <translation>{main} — не экспорт чата, который читает Quire (WhatsApp .txt или .zip, Telegram result.json, Instagram или Messenger message_1.json).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No chat export found here (no _chat.txt, result.json, message_1.json or messages.html).</source>
        <translation>Здесь не найден экспорт чата (нет _chat.txt, result.json, message_1.json или messages.html).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Unknown format {fmt}; choose one of {value}.</source>
        <translation>Неизвестный формат {fmt}; выберите один из: {value}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--date-order is dmy (day first) or mdy (month first).</source>
        <translation>--date-order — это dmy (сначала день) или mdy (сначала месяц).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This looks like a {found} export, not {fmt}.</source>
        <translation>Это похоже на экспорт {found}, а не {fmt}.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A Telegram HTML export starts with messages.html.</source>
        <translation>Экспорт Telegram в HTML начинается с messages.html.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{first} has no messages.html beside it: a page is missing.</source>
        <translation>Рядом с {first} нет messages.html: не хватает страницы.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{main} has no message_1.json beside it: a part is missing.</source>
        <translation>Рядом с {main} нет message_1.json: не хватает части.</translation>
    </message>
    <message>
        <location filename="../../app/chats/excerpts.py" line="+53"/>
        <source>Choose at least one message for the excerpt.</source>
        <translation>Выберите хотя бы одно сообщение для выдержки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An excerpt holds at most {max_messages} messages; this choice has {count}.</source>
        <translation>В выдержке может быть не больше {max_messages} сообщений; в этом выборе их {count}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An excerpt&apos;s note must be text of at most {max_note} characters.</source>
        <translation>Заметка к выдержке должна быть текстом не длиннее {max_note} символов.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An excerpt&apos;s messages must all come from one conversation; these come from {count}.</source>
        <translation>Все сообщения выдержки должны быть из одной беседы; эти — из {count}.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>--from {first} --to {last} is not a range: indexes count from 1 and the range&apos;s end may not come before its start.</source>
        <translation>--from {first} --to {last} — не диапазон: номера начинаются с 1, и конец диапазона не может быть раньше начала.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Conversation {conversation_id} has no message with an index from {first} to {last}.</source>
        <translation>В беседе {conversation_id} нет сообщения с номером от {first} до {last}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No excerpt {excerpt_id}.</source>
        <translation>Выдержки {excerpt_id} нет.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location filename="../../app/chats/store.py" line="-79"/>
        <location filename="../../app/complaints/store.py" line="+197"/>
        <location filename="../../app/evidence/store.py" line="+235"/>
        <location filename="../../app/incidents/store.py" line="+190"/>
        <location line="+162"/>
        <source>No incident {incident_id}.</source>
        <translation>Инцидента {incident_id} нет.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No message {id}; nothing was added.</source>
        <translation>Сообщения {id} нет; ничего не добавлено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No message {id} (nor {others} other(s)); nothing was added.</source>
        <translation>Сообщения {id} нет (и ещё {others}); ничего не добавлено.</translation>
    </message>
    <message>
        <location filename="../../app/chats/meta.py" line="+120"/>
        <source>{name} is not UTF-8 text: not a Meta export.</source>
        <translation>{name} — не текст UTF-8: это не экспорт Meta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is truncated or damaged (line {lineno}, column {colno}).</source>
        <translation>{name} обрезан или повреждён (строка {lineno}, столбец {colno}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not a Messenger or Instagram thread (no messages).</source>
        <translation>{name} — не переписка Messenger или Instagram (нет сообщений).</translation>
    </message>
    <message>
        <location filename="../../app/chats/source.py" line="+28"/>
        <source>The export {name}</source>
        <translation>Экспорт {name}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name} is too large to be a chat export.</source>
        <translation>{name} слишком велик для экспорта чата.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is not UTF-8 text (byte {start}): not a chat export.</source>
        <translation>{name} — не текст UTF-8 (байт {start}): это не экспорт чата.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+6"/>
        <location line="+37"/>
        <source>{name} is not in the export.</source>
        <translation>{name} нет в экспорте.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>{name} is not a readable ZIP archive ({exc}).</source>
        <translation>{name} — не читаемый ZIP-архив ({exc}).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} inside the archive is damaged ({exc}).</source>
        <translation>{name} внутри архива повреждён ({exc}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>Not a readable file or folder: {path}</source>
        <translation>Не читаемый файл или папка: {path}</translation>
    </message>
    <message>
        <location filename="../../app/chats/store.py" line="+8"/>
        <source>This export holds no messages; nothing was imported.</source>
        <translation>В этом экспорте нет сообщений; ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} (SHA-256 {value}…) was imported already, as chat source {value2} on {value3}; nothing was imported.</source>
        <translation>{name} (SHA-256 {value}…) уже импортирован как источник чата {value2} {value3}; ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+330"/>
        <source>Conversation {conversation_id} came from the export {name} together with conversation(s) {others}; the export is one piece of evidence and goes whole: confirm with --whole-export. Nothing was deleted.</source>
        <translation>Беседа {conversation_id} пришла из экспорта {name} вместе с беседами {others}; экспорт — одно доказательство и удаляется целиком: подтвердите с --whole-export. Ничего не удалено.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>No conversation {conversation_id}.</source>
        <translation>Беседы {conversation_id} нет.</translation>
    </message>
    <message>
        <location filename="../../app/chats/telegram.py" line="-144"/>
        <source>This Telegram export has a chat that is not an object.</source>
        <translation>В этом экспорте Telegram есть чат, который не является объектом.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This Telegram export has a chat without a list of messages.</source>
        <translation>В этом экспорте Telegram есть чат без списка сообщений.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{name} is not UTF-8 text: not a Telegram export.</source>
        <translation>{name} — не текст UTF-8: это не экспорт Telegram.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} is not a Telegram export (no chat or chat list in it).</source>
        <translation>{name} — не экспорт Telegram (в нём нет чата или списка чатов).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} is truncated or damaged (line {line}, column {column}): it is not a complete Telegram export.</source>
        <translation>{name} обрезан или повреждён (строка {line}, столбец {column}): это не полный экспорт Telegram.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} is not a Telegram export (no messages, chats.list or sessions in it).</source>
        <translation>{name} — не экспорт Telegram (в нём нет messages, chats.list или sessions).</translation>
    </message>
    <message>
        <location filename="../../app/chats/telegram_html.py" line="-5"/>
        <source>{name} is not a page of a Telegram HTML export.</source>
        <translation>{name} — не страница экспорта Telegram в HTML.</translation>
    </message>
    <message>
        <location filename="../../app/chats/timezones.py" line="-53"/>
        <source>Unknown time zone {name}: give an IANA name such as Europe/Baku or Asia/Tbilisi (on Windows, zone names need the tzdata package, which this build lacks).</source>
        <translation>Неизвестный часовой пояс {name}: укажите имя IANA, например Europe/Baku или Asia/Tbilisi (в Windows для имён поясов нужен пакет tzdata, которого в этой сборке нет).</translation>
    </message>
    <message>
        <location filename="../../app/chats/whatsapp.py" line="-206"/>
        <source>The dates mix two orders: line {line} reads day first, line {line2} month first. Is this one export?</source>
        <translation>Даты записаны в двух порядках: строка {line} — сначала день, строка {line2} — сначала месяц. Это один экспорт?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--date-order {given} does not fit this file: line {line} ({shown}) can only be day first.</source>
        <translation>--date-order {given} не подходит к этому файлу: в строке {line} ({shown}) сначала может быть только день.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--date-order {given} does not fit this file: line {line} ({shown}) can only be month first.</source>
        <translation>--date-order {given} не подходит к этому файлу: в строке {line} ({shown}) сначала может быть только месяц.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Every date in this export reads both as day/month and month/day. Say which the phone used: --date-order dmy (23/03) or --date-order mdy (03/23).</source>
        <translation>Каждую дату в этом экспорте можно прочитать и как день/месяц, и как месяц/день. Укажите, какой порядок использовал телефон: --date-order dmy (23/03) или --date-order mdy (03/23).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This is not a WhatsApp export: byte {start} is not UTF-8 text.</source>
        <translation>Это не экспорт WhatsApp: байт {start} — не текст UTF-8.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is not a WhatsApp export: no line starts with a date and a time.</source>
        <translation>Это не экспорт WhatsApp: ни одна строка не начинается с даты и времени.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chats.py" line="+116"/>
        <source>Choose the messages: either --from INDEX --to INDEX, or --message ID...</source>
        <translation>Выберите сообщения: либо --from INDEX --to INDEX, либо --message ID...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A range needs both --from INDEX and --to INDEX.</source>
        <translation>Для диапазона нужны и --from INDEX, и --to INDEX.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every --message must be a message of conversation {conversation}.</source>
        <translation>Каждое --message должно быть сообщением беседы {conversation}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="+91"/>
        <source>The JSON record is not valid JSON: {exc}</source>
        <translation>Запись JSON — не корректный JSON: {exc}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/incidents/record.py" line="+94"/>
        <source>An incident must be a JSON object.</source>
        <translation>Инцидент должен быть объектом JSON.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No such file: {path}</source>
        <translation>Нет такого файла: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} — не текст UTF-8.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot use a device secret: {reason}. Run init without --device-secret to protect the vault with the passphrase alone.</source>
        <translation>Нельзя использовать секрет устройства: {reason}. Запустите init без --device-secret, чтобы защитить дневник только парольной фразой.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+33"/>
        <location filename="../../app/evidence/store.py" line="-42"/>
        <source>Not a readable file: {f}</source>
        <translation>Не читаемый файл: {f}</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Nothing to change: give field options or --json FILE.</source>
        <translation>Нечего менять: укажите параметры полей или --json FILE.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>{out} exists; choose another name or add --force.</source>
        <translation>{out} уже существует; выберите другое имя или добавьте --force.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--tsr and --tsa-cert check a bundle: give the BUNDLE too.</source>
        <translation>--tsr и --tsa-cert проверяют пакет: укажите и BUNDLE.</translation>
    </message>
    <message>
        <location filename="../../app/cli/prompts.py" line="+27"/>
        <source>Expected the {what} on standard input, found nothing.</source>
        <translation>Ожидалось {what} на стандартном вводе, но там ничего нет.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No terminal to ask for the {what}; use --passphrase-stdin.</source>
        <translation>Нет терминала, чтобы спросить {what}; используйте --passphrase-stdin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Две парольные фразы различаются; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/vault/vault.py" line="+247"/>
        <location line="+302"/>
        <source>The passphrase must not be empty.</source>
        <translation>Парольная фраза не должна быть пустой.</translation>
    </message>
    <message>
        <location filename="../../app/cli/receiver.py" line="+35"/>
        <source>The bundle passphrase must not be empty.</source>
        <translation>Парольная фраза пакета не должна быть пустой.</translation>
    </message>
    <message>
        <location filename="../../app/contacts/card.py" line="+82"/>
        <source>The contact card names no one.</source>
        <translation>В карточке контакта не указано имя.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+52"/>
        <location line="+45"/>
        <location line="+82"/>
        <source>{path} exists; choose another name.</source>
        <translation>{path} уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <location line="-165"/>
        <location filename="../../app/pictures.py" line="+40"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is too large to be a contact card.</source>
        <translation>{path} слишком велик для карточки контакта.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>{path} is not a Quire contact card.</source>
        <translation>{path} — не карточка контакта Quire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card&apos;s fingerprint does not match its key: the card was altered. Ask the organisation for its key again.</source>
        <translation>Отпечаток в карточке не совпадает с её ключом: карточку изменили. Попросите у организации ключ ещё раз.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No key was found in this picture. Take it again, closer and sharper.</source>
        <translation>На этом снимке ключ не найден. Сфотографируйте ещё раз, ближе и чётче.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This picture holds more than one key; crop it to one.</source>
        <translation>На снимке больше одного ключа; обрежьте его до одного.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{out} exists; Quire never overwrites a key.</source>
        <translation>{out} уже существует; Quire никогда не перезаписывает ключ.</translation>
    </message>
    <message>
        <location filename="../../app/cli/receiver.py" line="+7"/>
        <source>A contact card or sheet needs --name (who you are).</source>
        <translation>Для карточки контакта или страницы нужен --name (кто вы).</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Give a name after --remember (who you know the signer to be).</source>
        <translation>Укажите имя после --remember (кем вы знаете подписанта).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--tsa-cert checks a token: give it with --tsr FILE.</source>
        <translation>--tsa-cert проверяет токен: укажите его вместе с --tsr FILE.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{path} is too large to be what it should be.</source>
        <translation>{path} слишком велик для того, чем должен быть.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: signers add SHA256:… NAME</source>
        <translation>Использование: signers add SHA256:… ИМЯ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: signers forget SHA256:…</source>
        <translation>Использование: signers forget SHA256:…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not in the address book.</source>
        <translation>{value} нет в адресной книге.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sharing.py" line="+6"/>
        <source>A passphrase-protected bundle cannot also have --to recipients.</source>
        <translation>У пакета, защищённого парольной фразой, не может быть получателей --to.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A key read from a picture needs --name.</source>
        <translation>Для ключа со снимка нужен --name.</translation>
    </message>
    <message>
        <location filename="../../app/contacts/book.py" line="+67"/>
        <location filename="../../app/contacts/card.py" line="-158"/>
        <source>Not a valid recipient: {exc}</source>
        <translation>Неверный получатель: {exc}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A contact needs a name of 1 to {max_name} characters.</source>
        <translation>Имя контакта должно быть длиной от 1 до {max_name} символов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes are limited to {max_notes} characters.</source>
        <translation>Заметки ограничены {max_notes} символами.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This recipient is already in the address book as {value}.</source>
        <translation>Этот получатель уже есть в адресной книге как {value}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No contact {contact_id}.</source>
        <translation>Контакта {contact_id} нет.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No contact named {text}.</source>
        <translation>Нет контакта с именем {text}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several contacts are named {text}; use the id.</source>
        <translation>Несколько контактов называются {text}; используйте номер.</translation>
    </message>
    <message>
        <location filename="../../app/crypto/sshsig.py" line="+43"/>
        <source>the signature is truncated</source>
        <translation>подпись обрезана</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the signing key is not ssh-ed25519</source>
        <translation>ключ подписи — не ssh-ed25519</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signing key is malformed</source>
        <translation>ключ подписи повреждён</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>not an SSH signature</source>
        <translation>это не подпись SSH</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signature is not valid base64</source>
        <translation>подпись — не корректный base64</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an SSHSIG version 1 signature</source>
        <translation>это не подпись SSHSIG версии 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signature is not for namespace {namespace}</source>
        <translation>подпись не для пространства имён {namespace}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unsupported signature hash</source>
        <translation>неподдерживаемый хеш подписи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed signature</source>
        <translation>повреждённая подпись</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signature does not match the signed file</source>
        <translation>подпись не соответствует подписанному файлу</translation>
    </message>
    <message>
        <location filename="../../app/crypto/stream.py" line="+39"/>
        <source>stream too long</source>
        <translation>поток слишком длинный</translation>
    </message>
    <message>
        <location line="+139"/>
        <location line="+87"/>
        <source>damaged or truncated data (authentication failed)</source>
        <translation>данные повреждены или обрезаны (проверка подлинности не пройдена)</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>truncated data (shorter than one chunk)</source>
        <translation>данные обрезаны (короче одного фрагмента)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>damaged data (bad final chunk length)</source>
        <translation>данные повреждены (неверная длина последнего фрагмента)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>truncated data (final chunk missing)</source>
        <translation>данные обрезаны (нет последнего фрагмента)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>damaged data (empty final chunk)</source>
        <translation>данные повреждены (последний фрагмент пуст)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>damaged data (trailing bytes after the final chunk)</source>
        <translation>данные повреждены (лишние байты после последнего фрагмента)</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="+52"/>
        <source>Wrong passphrase.</source>
        <translation>Неверная парольная фраза.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{what} is damaged or has been altered: {detail}</source>
        <translation>{what}: повреждено или изменено — {detail}</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../app/evidence/intake.py" line="+342"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/intake.py" line="-245"/>
        <source>Import cancelled.</source>
        <translation>Импорт отменён.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not enough disk space to store this; nothing was saved.</source>
        <translation>На диске недостаточно места, чтобы это сохранить; ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The address is too long (more than {max_source_url} characters).</source>
        <translation>Адрес слишком длинный (больше {max_source_url} символов).</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Stopped; the remaining originals were left in place.</source>
        <translation>Остановлено; оставшиеся оригиналы не тронуты.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{name} has changed since it was imported, so it was left in place.</source>
        <translation>{name} изменился после импорта, поэтому оставлен на месте.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cancelled; no copy was written.</source>
        <translation>Отменено; копия не записана.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not enough disk space for the copy; nothing was written.</source>
        <translation>На диске недостаточно места для копии; ничего не записано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy could not be written: {value}.</source>
        <translation>Не удалось записать копию: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/incidents/drafts.py" line="-269"/>
        <source>A draft must be a JSON object.</source>
        <translation>Черновик должен быть объектом JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The draft cannot be stored: {exc}</source>
        <translation>Черновик нельзя сохранить: {exc}</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+38"/>
        <source>No draft {draft_id}.</source>
        <translation>Черновика {draft_id} нет.</translation>
    </message>
    <message>
        <location filename="../../app/incidents/record.py" line="+4"/>
        <source>Unknown key {key} in the incident.</source>
        <translation>Неизвестный ключ {key} в инциденте.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&apos;title&apos; must not be empty.</source>
        <translation>&apos;title&apos; не должен быть пустым.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;occurred_until&apos; needs &apos;occurred_at&apos;.</source>
        <translation>Для &apos;occurred_until&apos; нужен &apos;occurred_at&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;occurred_until&apos; is before &apos;occurred_at&apos;.</source>
        <translation>&apos;occurred_until&apos; раньше, чем &apos;occurred_at&apos;.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{key} holds characters that are not valid Unicode text.</source>
        <translation>{key} содержит символы, которые не являются корректным текстом Unicode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} contains a NUL character.</source>
        <translation>{key} содержит символ NUL.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{key} must be text.</source>
        <translation>{key} должен быть текстом.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} is longer than {max_len} characters.</source>
        <translation>{key} длиннее {max_len} символов.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{key} must be a list.</source>
        <translation>{key} должен быть списком.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;tags[{i}]&apos; is empty.</source>
        <translation>&apos;tags[{i}]&apos; пуст.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{key} has the unknown value {value}; use one of: {names}.</source>
        <translation>{key} имеет неизвестное значение {value}; используйте одно из: {names}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{key} must be a date in text form (YYYY-MM-DD).</source>
        <translation>{key} должен быть датой в виде текста (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{key}: {exc}.</source>
        <translation>{key}: {exc}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{key} must be an object.</source>
        <translation>{key} должен быть объектом.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown key {k} in {key}.</source>
        <translation>Неизвестный ключ {k} в {key}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;{key}.url&apos; must not be empty.</source>
        <translation>&apos;{key}.url&apos; не должен быть пустым.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;severity&apos; must be a whole number from 1 to 5.</source>
        <translation>&apos;severity&apos; должно быть целым числом от 1 до 5.</translation>
    </message>
    <message>
        <location filename="../../app/incidents/store.py" line="-88"/>
        <source>A note must not be empty.</source>
        <translation>Заметка не должна быть пустой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note must be text of at most {max_note} characters.</source>
        <translation>Заметка должна быть текстом не длиннее {max_note} символов.</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="+121"/>
        <source>{path} is not a file Quire wrote; it was left untouched. Keep the diary in a folder of its own.</source>
        <translation>{path} — не файл Quire; он не тронут. Храните дневник в отдельной папке.</translation>
    </message>
    <message>
        <location filename="../../app/storage/db.py" line="+87"/>
        <source>the file is missing</source>
        <translation>файл отсутствует</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it cannot be decrypted or read</source>
        <translation>его нельзя расшифровать или прочитать</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>it is not open</source>
        <translation>он не открыт</translation>
    </message>
    <message>
        <location filename="../../app/storage/migrations.py" line="+407"/>
        <source>This vault was written by a newer Quire (schema {version}); this version understands up to {current}. Update Quire to open it.</source>
        <translation>Этот дневник записан более новой версией Quire (схема {version}); эта версия понимает схемы до {current}. Обновите Quire, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../../app/vault/device_secret.py" line="+58"/>
        <source>no OS keyring (Secret Service) is available on this system</source>
        <translation>в этой системе нет хранилища ключей ОС (Secret Service)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the OS keyring refused to store the secret ({exc})</source>
        <translation>хранилище ключей ОС отказалось сохранить секрет ({exc})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the OS keyring could not be read ({exc})</source>
        <translation>не удалось прочитать хранилище ключей ОС ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/vault/header.py" line="+87"/>
        <source>it has {count} bytes where {header_size} are expected</source>
        <translation>в нём {count} байт вместо ожидаемых {header_size}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not a Quire vault header</source>
        <translation>это не заголовок дневника Quire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown header version {version}</source>
        <translation>неизвестная версия заголовка {version}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its checksum does not match</source>
        <translation>контрольная сумма не совпадает</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown flags are set</source>
        <translation>установлены неизвестные флаги</translation>
    </message>
    <message>
        <location filename="../../app/vault/kdf.py" line="+92"/>
        <source>its key-derivation settings are impossible ({kib} KiB, {passes} passes, {lanes} lanes)</source>
        <translation>его настройки формирования ключа невозможны ({kib} КиБ, проходов: {passes}, потоков: {lanes})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its key-derivation settings ({mib} MiB, {passes} passes, {lanes} lanes) are beyond Quire&apos;s ceiling (at most {max_mib} MiB, {max_passes} passes, {max_lanes} lanes, and no more work than {max_work} passes over 256 MiB)</source>
        <translation>его настройки формирования ключа ({mib} МиБ, проходов: {passes}, потоков: {lanes}) выше потолка Quire (не больше {max_mib} МиБ, {max_passes} проходов, {max_lanes} потоков и работы не больше {max_work} проходов по 256 МиБ)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Key-derivation settings refused: {problem}.</source>
        <translation>Настройки формирования ключа отклонены: {problem}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its key-derivation settings are below Quire&apos;s minimum</source>
        <translation>его настройки формирования ключа ниже минимума Quire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key-derivation settings below the minimum need {test_flag_env}=1 (tests only).</source>
        <translation>Для настроек формирования ключа ниже минимума нужен {test_flag_env}=1 (только для тестов).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not enough free memory to unlock: this vault&apos;s key derivation needs {value} MiB. Close other programs and try again.</source>
        <translation>Недостаточно свободной памяти для разблокировки: формированию ключа этого дневника нужно {value} МиБ. Закройте другие программы и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../app/vault/recovery_code.py" line="+29"/>
        <source>A recovery code has 24 words; this one has {count}.</source>
        <translation>В коде восстановления 24 слова; в этом — {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a recovery-code word: {value}.</source>
        <translation>Это не слово кода восстановления: {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovery code&apos;s checksum does not match: a word is wrong.</source>
        <translation>Контрольная сумма кода восстановления не совпадает: одно из слов неверно.</translation>
    </message>
    <message>
        <location filename="../../app/vault/rekey.py" line="+86"/>
        <source>its copy under the new key came out different</source>
        <translation>его копия под новым ключом получилась другой</translation>
    </message>
    <message>
        <location filename="../../app/vault/vault.py" line="-443"/>
        <source>{home} already holds files Quire did not write ({shown}{more}); they were left untouched. Choose an empty folder for the diary.</source>
        <translation>В {home} уже есть файлы, которые записал не Quire ({shown}{more}); они не тронуты. Выберите для дневника пустую папку.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The vault changed while it was being opened; unlock again.</source>
        <translation>Дневник изменился во время открытия; разблокируйте снова.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No vault at {home}. Create one with &apos;quire-cli init&apos;.</source>
        <translation>В {home} нет дневника. Создайте его командой &apos;quire-cli init&apos;.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>A vault already exists at {home}; it was left untouched.</source>
        <translation>В {home} уже есть дневник; он не тронут.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>This vault needs its device secret, but {exc}. Enter the recovery code to open it.</source>
        <translation>Этому дневнику нужен секрет устройства, но {exc}. Введите код восстановления, чтобы открыть его.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This vault needs its device secret, which this computer&apos;s keyring does not hold. Enter the recovery code you wrote down when the vault was made.</source>
        <translation>Этому дневнику нужен секрет устройства, которого нет в хранилище ключей этого компьютера. Введите код восстановления, который вы записали при создании дневника.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+25"/>
        <location line="+162"/>
        <location line="+90"/>
        <source>The vault is locked.</source>
        <translation>Дневник заблокирован.</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>the vault&apos;s signing key is missing</source>
        <translation>ключ подписи дневника отсутствует</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The vault&apos;s key file was changed elsewhere meanwhile; unlock again.</source>
        <translation>Тем временем файл ключа дневника изменили в другом месте; разблокируйте снова.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The vault was locked meanwhile; unlock it again. Nothing changed.</source>
        <translation>Тем временем дневник заблокировался; разблокируйте его снова. Ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>That passphrase is set as the duress passphrase; choose another one.</source>
        <translation>Эта парольная фраза задана как тревожная; выберите другую.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Another window or task of Quire is still using the diary; let it finish and try again. Nothing was changed.</source>
        <translation>Другое окно или задача Quire ещё работает с дневником; дождитесь окончания и попробуйте снова. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another program has this diary open (another Quire window or a quire-cli command). Close it and try again. Nothing was changed.</source>
        <translation>Этот дневник открыт другой программой (другим окном Quire или командой quire-cli). Закройте её и попробуйте снова. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../app/wipe/erase.py" line="+324"/>
        <source>The vault&apos;s key file could not be overwritten; it was removed with everything else, but a copy of this disk may still hold it.</source>
        <translation>Файл ключа дневника не удалось перезаписать; он удалён вместе со всем остальным, но копия этого диска может его ещё хранить.</translation>
    </message>
    <message>
        <location filename="../../app/wipe/failures.py" line="+47"/>
        <source>The number of wrong passphrases must be 0 to {max_failures}.</source>
        <translation>Число неверных парольных фраз должно быть от 0 до {max_failures}.</translation>
    </message>
    <message>
        <location filename="../../app/actors/identifiers.py" line="+132"/>
        <location line="+14"/>
        <source>&apos;{value}&apos; is not a phone number.</source>
        <translation>&apos;{value}&apos; — не номер телефона.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{value}&apos; is not a handle.</source>
        <translation>&apos;{value}&apos; — не имя пользователя.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;{value}&apos; is not a web address.</source>
        <translation>&apos;{value}&apos; — не веб-адрес.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown kind of identifier: {kind}.</source>
        <translation>Неизвестный вид идентификатора: {kind}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An identifier cannot be empty.</source>
        <translation>Идентификатор не может быть пустым.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>&apos;{value}&apos; — не адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../app/actors/store.py" line="+97"/>
        <source>&apos;{code}&apos; is not a country calling code.</source>
        <translation>&apos;{code}&apos; — не телефонный код страны.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown kind of actor: {kind}.</source>
        <translation>Неизвестный вид действующего лица: {kind}.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Unknown role: {role}.</source>
        <translation>Неизвестная роль: {role}.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>An actor cannot be merged into itself.</source>
        <translation>Действующее лицо нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Choose the identifiers or incidents to split off.</source>
        <translation>Выберите идентификаторы или инциденты, которые нужно отделить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only what actor {id} holds can be split off.</source>
        <translation>Отделить можно только то, что есть у действующего лица {id}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+8"/>
        <source>No actor {id}.</source>
        <translation>Действующего лица {id} нет.</translation>
    </message>
    <message>
        <location filename="../../app/cli/wipe.py" line="+52"/>
        <source>Nothing was wiped.</source>
        <translation>Ничего не удалено.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Не удаётся прочитать {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/decoy.py" line="+140"/>
        <source>A decoy diary holds at most {n} entries.</source>
        <translation>В подставном дневнике может быть не больше {n} записей.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The decoy diary is too long; shorten its entries.</source>
        <translation>Подставной дневник слишком длинный; сократите записи.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the decoy diary</source>
        <translation>подставной дневник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it cannot be read; prepare it again</source>
        <translation>его невозможно прочитать; подготовьте его заново</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set a duress passphrase first: it is what opens the decoy diary.</source>
        <translation>Сначала задайте пароль под принуждением: именно он открывает подставной дневник.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Line {n}: an entry needs a title after “## ”.</source>
        <translation>Строка {n}: после «## » у записи должен быть заголовок.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line {n}: the first entry must start with “## ”.</source>
        <translation>Строка {n}: первая запись должна начинаться с «## ».</translation>
    </message>
    <message>
        <location filename="../../app/complaints/store.py" line="-29"/>
        <source>The {what} must be a whole day, like 2025-05-14.</source>
        <translation>{what}: нужна целая дата, например 2025-05-14.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The {what} must be at most {max} characters.</source>
        <translation>{what}: не больше {max} символов.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Evidence {evidence_id} is not a file of incident {incident_id}.</source>
        <translation>Доказательство {evidence_id} — не файл инцидента {incident_id}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown body: {body}.</source>
        <translation>Неизвестный орган: {body}.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A response cannot come before its complaint ({date}).</source>
        <translation>Ответ не может быть раньше жалобы ({date}).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No complaint {id}.</source>
        <translation>Жалобы {id} нет.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/store.py" line="-55"/>
        <source>Not a readable file: {path}</source>
        <translation>Не читаемый файл: {path}</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Not enough disk space to store this file; nothing was saved.</source>
        <translation>На диске недостаточно места для этого файла; ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <source>Import cancelled; nothing was saved.</source>
        <translation>Импорт отменён; ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No evidence {evidence_id}.</source>
        <translation>Доказательства {evidence_id} нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No evidence {evidence_id} in incident {incident_id}.</source>
        <translation>В инциденте {incident_id} нет доказательства {evidence_id}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>evidence {id} ({name})</source>
        <translation>доказательство {id} ({name})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its encrypted file is missing</source>
        <translation>его зашифрованный файл отсутствует</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its encrypted file has a bad header</source>
        <translation>у его зашифрованного файла неверный заголовок</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>its content does not match its recorded hash</source>
        <translation>его содержимое не совпадает с записанным хешем</translation>
    </message>
    <message>
        <location filename="../../app/wipe/duress.py" line="+52"/>
        <source>The duress passphrase must not be empty.</source>
        <translation>Тревожная парольная фраза не должна быть пустой.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duress passphrase must differ from the vault&apos;s passphrase.</source>
        <translation>Тревожная парольная фраза должна отличаться от парольной фразы дневника.</translation>
    </message>
    <message>
        <location filename="../../app/bundle/timestamp.py" line="+111"/>
        <source>The time-stamp token</source>
        <translation>Токен метки времени</translation>
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
        <translation>его структура не соответствует RFC 3161</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>it does not carry its signer&apos;s certificate</source>
        <translation>в нём нет сертификата подписавшего</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its signer&apos;s key is neither RSA nor ECDSA</source>
        <translation>ключ подписавшего — не RSA и не ECDSA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its signature does not verify</source>
        <translation>его подпись не проходит проверку</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The time-stamp token&apos;s signer certificate is not one for time-stamping.</source>
        <translation>Сертификат подписавшего токен метки времени не предназначен для меток времени.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The time-stamp token was not signed by the given TSA certificate nor by one it issued.</source>
        <translation>Токен метки времени подписан не указанным сертификатом TSA и не выданным им сертификатом.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The time-stamp authority did not grant this token (status {status}).</source>
        <translation>Служба меток времени не выдала этот токен (статус {status}).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>it uses a digest Quire does not check</source>
        <translation>в нём используется хеш-функция, которую Quire не проверяет</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its signed digest does not match its content</source>
        <translation>его подписанный хеш не совпадает с содержимым</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The time-stamp token is for another file, not this bundle&apos;s manifest.json.</source>
        <translation>Токен метки времени выдан для другого файла, а не для manifest.json этого пакета.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The time-stamp token answers another request than this bundle&apos;s.</source>
        <translation>Токен метки времени отвечает на другой запрос, а не на запрос этого пакета.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The TSA certificate file is not a certificate.</source>
        <translation>Файл сертификата TSA не является сертификатом.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/redact.py" line="+59"/>
        <source>&apos;{text}&apos; is not a region: write x,y,width,height, e.g. 10%,20%,30%,5%.</source>
        <translation>&apos;{text}&apos; — не область: напишите x,y,ширина,высота, например 10%,20%,30%,5%.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A region must lie inside the picture.</source>
        <translation>Область должна лежать внутри изображения.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown way to redact: {mode}.</source>
        <translation>Неизвестный способ скрытия: {mode}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose between 1 and {max} regions.</source>
        <translation>Выберите от 1 до {max} областей.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Only evidence of an incident can be redacted.</source>
        <translation>Скрывать части можно только в доказательствах инцидента.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/pictures.py" line="-8"/>
        <source>{name} is too large to be a picture.</source>
        <translation>{name} слишком велик для изображения.</translation>
    </message>
    <message>
        <location filename="../../app/pictures.py" line="+28"/>
        <source>{name} is not a picture Quire can read.</source>
        <translation>{name} — не изображение, которое Quire может прочитать.</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../ui/pages/passphrase_fields.py" line="+15"/>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Показать парольную фразу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
</context>
<context>
    <name>readme</name>
    <message>
        <location filename="../../app/bundle/layout.py" line="+71"/>
        <source>QUIRE EVIDENCE BUNDLE</source>
        <translation>ПАКЕТ ДОКАЗАТЕЛЬСТВ QUIRE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This folder came out of a sealed bundle made with Quire, an encrypted diary of
harassment. It was encrypted so that only your organisation&apos;s key can open it.</source>
        <translation>Эта папка извлечена из запечатанного пакета, сделанного в Quire — зашифрованном
дневнике преследований. Он зашифрован так, что открыть его может только ключ вашей организации.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1. Decrypting (if you have not already)</source>
        <translation>1. Расшифровка (если вы ещё не расшифровали)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>2. Reading</source>
        <translation>2. Чтение</translation>
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
        <translation>   report.pdf и report.html — читаемый отчёт: обложка, хронология
   и каждый инцидент полностью с таблицей доказательств. incidents/*.json содержат
   те же записи для импорта в базу дел (формат: manifest.json,
   &apos;format&apos; и &apos;version&apos;). evidence/ содержит исходные файлы байт в байт.
   sources/ (если есть) содержит исходные экспорты чатов, на которые ссылаются
   выдержки в отчёте: ссылка каждого сообщения называет SHA-256 экспорта
   и номер сообщения (#) в нём.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>3. Checking that no file was changed</source>
        <translation>3. Проверка, что ни один файл не изменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>   In this folder run:</source>
        <translation>   В этой папке выполните:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>   Every line must say OK. manifest.json lists the same SHA-256 values and sizes.</source>
        <translation>   В каждой строке должно быть OK. manifest.json перечисляет те же значения SHA-256 и размеры.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>4. Checking the signature (who made it, and that the lists are unaltered)
   ssh-keygen ships with current Windows, macOS and Linux. Run:</source>
        <translation>4. Проверка подписи (кто его сделал и что списки не изменены)
   ssh-keygen входит в современные Windows, macOS и Linux. Выполните:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>   Each must print &apos;Good &quot;quire-bundle&quot; signature&apos;. The key&apos;s fingerprint
   ({command}) is the same in every bundle from the same
   diary: compare it with earlier bundles or with the person who sent it.</source>
        <translation>   Каждая должна вывести &apos;Good &quot;quire-bundle&quot; signature&apos;. Отпечаток ключа
   ({command}) одинаков во всех пакетах из одного
   дневника: сравните его с прежними пакетами или с человеком, который его прислал.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>4. Signature
   This bundle is not signed: its maker chose not to link it to their diary.
   It carries no ids, exact record times or revision chain head from the diary
   (ids count from 1 in each bundle; record times are given to the day).
   The hashes above still show whether any file changed after it was made.</source>
        <translation>4. Подпись
   Этот пакет не подписан: его автор решил не связывать его со своим дневником.
   В нём нет идентификаторов, точного времени записей и вершины цепочки версий из дневника
   (идентификаторы в каждом пакете начинаются с 1; время записей указано с точностью до дня).
   Хеши выше всё равно показывают, изменился ли какой-либо файл после создания пакета.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>5. Time others can vouch for (RFC 3161)
   {request} asks a time-stamping authority (TSA) to sign the SHA-256 of
   {manifest}. Send it to one soon after you receive the bundle (the sender
   cannot: Quire never goes online), keep the token with the bundle:</source>
        <translation>5. Время, которое могут подтвердить другие (RFC 3161)
   {request} просит службу меток времени (TSA) подписать SHA-256 файла
   {manifest}. Отправьте его в TSA вскоре после получения пакета (отправитель
   не может: Quire никогда не выходит в сеть), храните токен вместе с пакетом:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>   (or any other TSA). Read and check the token:</source>
        <translation>   (или любая другая TSA). Прочитайте и проверьте токен:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>   A good token proves that {manifest}, and so every file it lists by its
   SHA-256, existed no later than the token&apos;s time. It does not prove when
   the incidents happened or who made the bundle.</source>
        <translation>   Действительный токен доказывает, что {manifest}, а значит и каждый файл,
   перечисленный в нём по SHA-256, существовал не позднее времени токена. Он не
   доказывает, когда произошли инциденты и кто составил пакет.</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../app/recovery_display.py" line="+18"/>
        <source>This diary has no recovery code: it is protected by the passphrase alone.</source>
        <translation>У этого дневника нет кода восстановления: его защищает только парольная фраза.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../app/report/chart.py" line="+19"/>
        <source>Uncategorised</source>
        <translation>Без категории</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Incidents per month, by their first category.</source>
        <translation>Инциденты по месяцам, по их первой категории.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents per year, by their first category.</source>
        <translation>Инциденты по годам, по их первой категории.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not shown: {n} dated only to the year.</source>
        <translation>Не показаны: {n} с датой только до года.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not shown: {n} without a date.</source>
        <translation>Не показаны: {n} без даты.</translation>
    </message>
    <message>
        <location filename="../../app/report/content.py" line="+21"/>
        <source>Incident report</source>
        <translation>Отчёт об инцидентах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>аноним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not signed</source>
        <translation>не подписан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None recorded.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+422"/>
        <source>Identifiers</source>
        <translation>Идентификаторы</translation>
    </message>
    <message>
        <location line="-405"/>
        <location filename="../../app/report/html_report.py" line="+209"/>
        <location filename="../../app/report/pdf_report.py" line="+330"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/html_report.py" line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Severity</source>
        <translation>Тяжесть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was targeted</source>
        <translation>Против кого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrators</source>
        <translation>Виновники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platforms and channels</source>
        <translation>Платформы и каналы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Последствия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First recorded</source>
        <translation>Впервые записано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved revisions</source>
        <translation>Сохранённые версии</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted in the diary</source>
        <translation>Удалён в дневнике</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seen</source>
        <translation>Замечено</translation>
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
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-251"/>
        <location filename="../../app/report/html_report.py" line="+2"/>
        <location filename="../../app/report/pdf_report.py" line="-49"/>
        <source>Reference</source>
        <translation>Номер обращения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Shown blurred: marked intimate by the person. The original is in the bundle: {path}</source>
        <translation>Показано размытым: человек отметил это как интимное. Оригинал находится в пакете: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redacted copy of evidence {label}, SHA-256 {sha256}</source>
        <translation>Отредактированная копия доказательства {label}, SHA-256 {sha256}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redacted copy; the original is not in this bundle. Its SHA-256: {sha256}</source>
        <translation>Отредактированная копия; оригинала нет в этом пакете. Его SHA-256: {sha256}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <translation>Ссылка на источник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages chosen from imported chat exports. Each row cites the SHA-256 of the original export file and the message&apos;s index (#) in it, so it can be found there; where the file is in this bundle, its path is given and its hash is listed in manifest.json.</source>
        <translation>Сообщения, выбранные из импортированных экспортов чатов. Каждая строка указывает SHA-256 исходного файла экспорта и номер сообщения (#) в нём, чтобы его можно было там найти; если файл есть в этом пакете, указан его путь, а его хеш записан в manifest.json.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export file</source>
        <translation>Файл экспорта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export SHA-256</source>
        <translation>SHA-256 экспорта</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/report/html_report.py" line="-179"/>
        <location filename="../../app/report/pdf_report.py" line="+124"/>
        <source>File in bundle</source>
        <translation>Файл в пакете</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excerpt</source>
        <translation>Выдержка</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Each file in this bundle is listed in manifest.json with its SHA-256 hash, which this report also shows for every evidence file. To check that a file has not changed, compute its hash with sha256sum (on macOS: shasum -a 256; on Windows: certutil -hashfile FILE SHA256) and compare it with the listed value.</source>
        <translation>Каждый файл этого пакета перечислен в manifest.json со своим хешем SHA-256; этот отчёт тоже показывает его для каждого файла-доказательства. Чтобы проверить, что файл не изменён, вычислите его хеш с помощью sha256sum (в macOS: shasum -a 256; в Windows: certutil -hashfile FILE SHA256) и сравните с указанным значением.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>manifest.json is signed with the ssh-ed25519 key whose fingerprint is shown above. Check the signature with ssh-keygen -Y verify (part of OpenSSH) using manifest.json and manifest.sig; README.txt in this bundle gives the exact commands. Confirm the fingerprint with the sender through a separate channel you trust.</source>
        <translation>manifest.json подписан ключом ssh-ed25519, отпечаток которого показан выше. Проверьте подпись командой ssh-keygen -Y verify (входит в OpenSSH) с manifest.json и manifest.sig; точные команды — в README.txt этого пакета. Подтвердите отпечаток у отправителя по отдельному каналу, которому вы доверяете.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This bundle is not signed: its hashes show whether files match the manifest, but nothing in it proves who made it. README.txt in this bundle explains the checks.</source>
        <translation>Этот пакет не подписан: его хеши показывают, совпадают ли файлы с манифестом, но ничто в нём не доказывает, кто его сделал. Проверки объяснены в README.txt этого пакета.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The revision chain head is a hash over every saved revision of the incidents, in order; manifest.json records it too. This report is a readable copy: the authoritative records are the files under incidents/ and evidence/.</source>
        <translation>Вершина цепочки версий — это хеш по всем сохранённым версиям инцидентов по порядку; manifest.json тоже её записывает. Этот отчёт — читаемая копия: подлинные записи — файлы в incidents/ и evidence/.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An unsigned bundle carries no revision chain head, and no ids or exact record times from the diary, so that it cannot be linked to other bundles. This report is a readable copy: the authoritative records are the files under incidents/ and evidence/.</source>
        <translation>Неподписанный пакет не содержит вершины цепочки версий, идентификаторов и точного времени записей из дневника, чтобы его нельзя было связать с другими пакетами. Этот отчёт — читаемая копия: подлинные записи — файлы в incidents/ и evidence/.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>List of documents</source>
        <translation>Перечень документов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents are numbered 1 to N in chronological order; their evidence files are the annexes A1, A2, … in the same order, under these names in the bundle&apos;s evidence folder.</source>
        <translation>Инциденты пронумерованы от 1 до N в хронологическом порядке; их файлы доказательств — приложения A1, A2, … в том же порядке, под этими именами в папке evidence пакета.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statement of truth</source>
        <translation>Заявление о достоверности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I believe that the facts stated in this report are true, and that each annex is a true copy of the file it names (its SHA-256 is given in this report and in manifest.json).</source>
        <translation>Я считаю, что изложенные в этом отчёте факты соответствуют действительности и что каждое приложение — подлинная копия названного в нём файла (его SHA-256 указан в этом отчёте и в manifest.json).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Фамилия, имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Actors</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people, bodies, channels and accounts the person linked to these incidents, with every identifier recorded and when it was first and last seen.</source>
        <translation>Люди, органы, каналы и аккаунты, которые человек связал с этими инцидентами, — с каждым записанным идентификатором и временем, когда он был замечен впервые и в последний раз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exhaustion of domestic remedies</source>
        <translation>Исчерпание внутренних средств правовой защиты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every complaint recorded for these incidents, oldest first, with the answers received. The deadline is four calendar months after the final domestic decision (European Court of Human Rights, Article 35 § 1); check it with a lawyer.</source>
        <translation>Все жалобы, записанные по этим инцидентам, сначала самые старые, с полученными ответами. Срок — четыре календарных месяца после окончательного решения внутри страны (Европейский суд по правам человека, статья 35 § 1); проверьте его с адвокатом.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>in total</source>
        <translation>всего</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepared by</source>
        <translation>Подготовил(а)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files</source>
        <translation>Файлы-доказательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period covered</source>
        <translation>Охваченный период</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/report/pdf_report.py" line="-468"/>
        <source>Revision chain head</source>
        <translation>Вершина цепочки версий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <location filename="../../app/report/html_report.py" line="-123"/>
        <location filename="../../app/report/pdf_report.py" line="+109"/>
        <source>Confidential · contains sensitive personal information</source>
        <translation>Конфиденциально · содержит чувствительные личные данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+8"/>
        <source>Incidents of harassment recorded in an encrypted diary, with their evidence.</source>
        <translation>Случаи преследования, записанные в зашифрованном дневнике, с доказательствами.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/report/pdf_report.py" line="+11"/>
        <source>Integrity</source>
        <translation>Целостность</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../app/report/pdf_report.py" line="+14"/>
        <source>This report holds no incidents.</source>
        <translation>В этом отчёте нет инцидентов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/report/pdf_report.py" line="+3"/>
        <source>Oldest first; incidents without a date come last. The title leads to the incident&apos;s full record.</source>
        <translation>Сначала самые ранние; инциденты без даты — в конце. Название ведёт к полной записи инцидента.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/report/pdf_report.py" line="+23"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+93"/>
        <location filename="../../app/report/pdf_report.py" line="+302"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/report/pdf_report.py" line="+2"/>
        <source>Captured</source>
        <translation>Снято</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../app/report/pdf_report.py" line="+16"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/report/pdf_report.py" line="+2"/>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+71"/>
        <location filename="../../app/report/pdf_report.py" line="-191"/>
        <location line="+200"/>
        <source>Evidence</source>
        <translation>Доказательство</translation>
    </message>
    <message>
        <location line="-25"/>
        <location filename="../../app/report/pdf_report.py" line="-231"/>
        <source>deleted in the diary</source>
        <translation>удалён в дневнике</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../app/report/pdf_report.py" line="+42"/>
        <source>Revision</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Saved</source>
        <translation>Сохранена</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Title at that revision</source>
        <translation>Название в этой версии</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../../app/report/pdf_report.py" line="+29"/>
        <source>Complaint to</source>
        <translation>Кому подана жалоба</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/report/pdf_report.py" line="+2"/>
        <source>Asked</source>
        <translation>Что просили</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Final decision</source>
        <translation>Окончательное решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Four-month deadline</source>
        <translation>Четырёхмесячный срок</translation>
    </message>
    <message>
        <location filename="../../app/report/pdf_report.py" line="-363"/>
        <source>created</source>
        <translation>создан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Cover</source>
        <translation>Обложка</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../app/report/html_report.py" line="-288"/>
        <location filename="../../app/report/pdf_report.py" line="-256"/>
        <location line="+1"/>
        <source>Chronology</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+88"/>
        <location filename="../../app/report/pdf_report.py" line="+44"/>
        <location line="+1"/>
        <source>Incidents over time</source>
        <translation>Инциденты во времени</translation>
    </message>
    <message>
        <location line="+109"/>
        <location filename="../../app/report/pdf_report.py" line="+83"/>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../app/report/pdf_report.py" line="+13"/>
        <source>Narrative</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+10"/>
        <source>Links</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Actions taken</source>
        <translation>Предпринятые действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/report/pdf_report.py" line="+1"/>
        <source>Follow-up notes</source>
        <translation>Последующие заметки</translation>
    </message>
    <message>
        <location filename="../../app/report/pdf_report.py" line="+13"/>
        <source>No evidence files.</source>
        <translation>Нет файлов-доказательств.</translation>
    </message>
    <message>
        <location filename="../../app/report/html_report.py" line="+3"/>
        <location filename="../../app/report/pdf_report.py" line="+2"/>
        <source>Revision history</source>
        <translation>История версий</translation>
    </message>
    <message>
        <location line="-46"/>
        <location filename="../../app/report/pdf_report.py" line="+145"/>
        <source>Chat excerpts</source>
        <translation>Выдержки из переписки</translation>
    </message>
</context>
<context>
    <name>signers</name>
    <message>
        <location filename="../../app/bundle/signers.py" line="-144"/>
        <source>an anonymous sender</source>
        <translation>анонимный отправитель</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Claimed by the sender (not proven by the signature): made {when} by {who} with {generator}</source>
        <translation>Со слов отправителя (подписью не подтверждено): создано {when}, автор {who}, программа {generator}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Signer: KNOWN. You remembered this key as “{name}” ({fp}).</source>
        <translation>Подписант: ИЗВЕСТЕН. Вы запомнили этот ключ как «{name}» ({fp}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note: bundles from this key did not claim the author “{who}” before.</source>
        <translation>Примечание: раньше пакеты с этим ключом не называли автором «{who}».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signer: NEW. You have not remembered this key ({fp}) before. Anyone can make a key and write any name: compare the fingerprint with the sender (by phone or in person) before you trust who made it.</source>
        <translation>Подписант: НОВЫЙ. Вы раньше не запоминали этот ключ ({fp}). Кто угодно может создать ключ и написать любое имя: сверьте отпечаток с отправителем (по телефону или лично), прежде чем верить, кто создал пакет.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>WARNING: Signer DIFFERS. Earlier bundles claiming “{who}” were signed by another key ({earlier}, remembered as “{name}”); this one is signed by {fp}. It may not come from the same person: ask them before you trust it.</source>
        <translation>ВНИМАНИЕ: подписант ДРУГОЙ. Прежние пакеты от имени «{who}» были подписаны другим ключом ({earlier}, запомнен как «{name}»); этот подписан ключом {fp}. Он может быть не от того же человека: спросите его, прежде чем доверять пакету.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>WARNING: this unsigned bundle claims “{who}”, whose bundles you know signed by {earlier} (“{name}”). Nothing shows that it comes from them.</source>
        <translation>ВНИМАНИЕ: этот неподписанный пакет называет автором «{who}», чьи пакеты, как вы знаете, подписаны ключом {earlier} («{name}»). Ничто не показывает, что он от него.</translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <location filename="../../app/passphrase_strength.py" line="+35"/>
        <source>Very weak</source>
        <translation>Очень слабая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not strong enough yet</source>
        <translation>Пока недостаточно надёжная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong</source>
        <translation>Очень надёжная</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, birth years and dates are the first things an attacker tries: leave them out and use unrelated words instead.</source>
        <translation>Имена, годы рождения и даты злоумышленник проверяет первыми: уберите их и возьмите вместо них не связанные между собой слова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard rows, sequences and repeated characters are guessed at once: use unrelated words instead.</source>
        <translation>Ряды клавиш, последовательности и повторяющиеся символы угадываются сразу: возьмите вместо них не связанные между собой слова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Common words and passwords are guessed first: add more unrelated words, or use a generated passphrase.</source>
        <translation>Распространённые слова и пароли проверяются первыми: добавьте ещё не связанных между собой слов или возьмите предложенную парольную фразу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make it longer: five or six unrelated words are easy to remember and hard to guess.</source>
        <translation>Сделайте её длиннее: пять-шесть не связанных между собой слов легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This passphrase is too easy to guess for someone who knows you. %1</source>
        <translation>Эту парольную фразу слишком легко угадать тому, кто вас знает. %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Good. Write it nowhere near the laptop; if you forget it, no one can recover the diary.</source>
        <translation>Хорошо. Не записывайте её рядом с ноутбуком; если вы её забудете, никто не сможет восстановить дневник.</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../app/incidents/templates.py" line="+38"/>
        <source>Account hacked</source>
        <translation>Взлом аккаунта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone got into one of your accounts or took it over.</source>
        <translation>Кто-то проник в один из ваших аккаунтов или захватил его.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. My Instagram account was taken over</source>
        <translation>напр. Мой аккаунт в Instagram захватили</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which account was it (service and username)?</source>
        <translation>Какой это был аккаунт (сервис и имя пользователя)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When did you notice, and how (login alert, locked out, friends told you)?</source>
        <translation>Когда и как вы это заметили (уведомление о входе, потеряли доступ, сказали друзья)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed: password, email or phone number, posts, messages sent in your name?</source>
        <translation>Что изменилось: пароль, почта или номер телефона, публикации, сообщения от вашего имени?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What could the intruder see: private messages, photos, contacts?</source>
        <translation>Что мог увидеть взломщик: личные сообщения, фотографии, контакты?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What did you do: reset the password, report to the platform, warn contacts?</source>
        <translation>Что вы сделали: сменили пароль, сообщили платформе, предупредили знакомых?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take screenshots of login alerts and security emails, and attach them as evidence.</source>
        <translation>Сделайте снимки экрана уведомлений о входе и писем службы безопасности и прикрепите их как доказательства.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Private content leaked</source>
        <translation>Утечка личного</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private photos, videos, chats or documents were published or shared.</source>
        <translation>Личные фотографии, видео, переписка или документы были опубликованы или распространены.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Private photos posted on a Telegram channel</source>
        <translation>напр. Личные фото опубликованы в Telegram-канале</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was leaked (photos, videos, chats, documents)?</source>
        <translation>Что попало в открытый доступ (фото, видео, переписка, документы)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where did it appear (channel, website, group), and when did you first see it?</source>
        <translation>Где это появилось (канал, сайт, группа) и когда вы впервые это увидели?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a link for every place it appeared, with when you saw it.</source>
        <translation>Добавьте ссылку на каждое место, где это появилось, и когда вы это видели.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who posted or spread it, if you know (account or channel names, phone numbers)?</source>
        <translation>Кто это опубликовал или распространял, если знаете (аккаунты, каналы, номера телефонов)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How could they have got it (hacked account, seized phone, someone close)?</source>
        <translation>Как это могло к ним попасть (взломанный аккаунт, изъятый телефон, кто-то из близких)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who has seen it or told you about it?</source>
        <translation>Кто это видел или рассказал вам об этом?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posts can disappear: save screenshots and the links as evidence as soon as you can.</source>
        <translation>Публикации могут исчезнуть: как можно скорее сохраните снимки экрана и ссылки как доказательства.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Threat or blackmail</source>
        <translation>Угроза или шантаж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were threatened, or someone demands something from you.</source>
        <translation>Вам угрожали, или кто-то что-то от вас требует.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Message threatening to publish my photos</source>
        <translation>напр. Сообщение с угрозой опубликовать мои фото</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What exactly did they say or write? Quote it word for word if you can.</source>
        <translation>Что именно сказали или написали? По возможности приведите дословно.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How did it reach you (call, message, in person, through someone else)?</source>
        <translation>Как это до вас дошло (звонок, сообщение, лично, через кого-то)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What are they demanding, and by when?</source>
        <translation>Чего требуют и к какому сроку?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is behind it, or who do you suspect, and why?</source>
        <translation>Кто за этим стоит или кого вы подозреваете и почему?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has this happened before? When?</source>
        <translation>Такое уже случалось? Когда?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the original messages; do not delete the conversation.</source>
        <translation>Сохраните исходные сообщения; не удаляйте переписку.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threat online</source>
        <translation>Угроза в интернете</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A threatening message, comment or post reached you online.</source>
        <translation>Вы получили в интернете угрожающее сообщение, комментарий или публикацию.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Threat in a Telegram comment under my post</source>
        <translation>например: Угроза в комментарии в Telegram под моим постом</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On which platform did it appear (Telegram, Instagram, WhatsApp, Facebook, TikTok…)? Write it under “Where it happened”, in Platforms.</source>
        <translation>На какой платформе это появилось (Telegram, Instagram, WhatsApp, Facebook, TikTok…)? Укажите её в разделе «Где это произошло», в поле «Платформы».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is the link to the message, post, comment or profile? Add it under “Where it happened”, in Links, with when you saw it.</source>
        <translation>Какая ссылка на сообщение, публикацию, комментарий или профиль? Добавьте её в разделе «Где это произошло», в поле «Ссылки», с указанием, когда вы её увидели.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which account sent it (name, @handle, phone number)?</source>
        <translation>С какой учётной записи это отправлено (имя, @ник, номер телефона)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What exactly does it say? Quote it word for word, and take a screenshot that shows the address, the account and the time.</source>
        <translation>Что именно там написано? Процитируйте дословно и сделайте снимок экрана, на котором видны адрес, учётная запись и время.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who could see it, and is it still there?</source>
        <translation>Кто мог это видеть и доступно ли это до сих пор?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posts can disappear: drop or paste (Ctrl+V) the screenshots into the box under the narrative now; they are kept encrypted with this incident.</source>
        <translation>Публикации могут исчезнуть: перетащите или вставьте (Ctrl+V) снимки экрана в поле под рассказом прямо сейчас; они хранятся зашифрованными вместе с этим инцидентом.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Smear or defamation</source>
        <translation>Клевета или дискредитация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lies or insults about you were spread in the media or online.</source>
        <translation>В СМИ или в интернете о вас распространяли ложь или оскорбления.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. TV programme calling me a bad mother</source>
        <translation>напр. Телепередача, где меня назвали плохой матерью</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was said or published about you?</source>
        <translation>Что о вас сказали или опубликовали?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where (TV channel, website, Telegram channel, sermon, social media), and when?</source>
        <translation>Где (телеканал, сайт, Telegram-канал, проповедь, соцсети) и когда?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who said or published it?</source>
        <translation>Кто это сказал или опубликовал?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far did it spread (views, shares, reposts)?</source>
        <translation>Насколько широко это разошлось (просмотры, репосты)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How has it affected you, your family or your work?</source>
        <translation>Как это отразилось на вас, вашей семье или работе?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fake profile or doxxing</source>
        <translation>Фейковый профиль или доксинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone pretends to be you, or published your address, phone number or other private details.</source>
        <translation>Кто-то выдаёт себя за вас или опубликовал ваш адрес, номер телефона или другие личные данные.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Fake advert with my phone number</source>
        <translation>напр. Фальшивое объявление с моим номером телефона</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was created or published (fake profile, advert, your address or phone)?</source>
        <translation>Что было создано или опубликовано (фейковый профиль, объявление, ваш адрес или телефон)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where does it appear? Add each link.</source>
        <translation>Где это появляется? Добавьте каждую ссылку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which of your personal details are exposed?</source>
        <translation>Какие ваши личные данные раскрыты?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have strangers contacted you because of it? How many, and how?</source>
        <translation>Обращались ли к вам из-за этого незнакомые люди? Сколько и как?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did you report it to the platform? What happened?</source>
        <translation>Вы сообщили об этом платформе? Что произошло?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Detention or dispersal</source>
        <translation>Задержание или разгон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You or others were detained, assaulted, or a gathering was dispersed.</source>
        <translation>Вас или других задержали, избили, или разогнали собрание.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Detained at the march in the city centre</source>
        <translation>напр. Задержана на марше в центре города</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where and when did it happen?</source>
        <translation>Где и когда это произошло?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who carried it out? Describe uniforms, vehicles, badge numbers, names.</source>
        <translation>Кто это сделал? Опишите форму, машины, номера жетонов, имена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was done to you or others (force, injuries, things taken from you)?</source>
        <translation>Что сделали с вами или другими (сила, травмы, отобранные вещи)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long were you held, and where? Were you allowed a lawyer or a phone call?</source>
        <translation>Сколько и где вас держали? Дали ли вам адвоката или возможность позвонить?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who saw it happen?</source>
        <translation>Кто это видел?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Were you charged or fined? Is there a case number?</source>
        <translation>Вам предъявили обвинение или выписали штраф? Есть номер дела?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photograph injuries and keep any papers you were given.</source>
        <translation>Сфотографируйте травмы и сохраните все выданные вам бумаги.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Surveillance</source>
        <translation>Слежка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are followed, or your calls, messages or devices are watched.</source>
        <translation>За вами следят, или прослушивают ваши звонки, читают сообщения, отслеживают устройства.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. My private phone call quoted on a news site</source>
        <translation>напр. Мой личный телефонный разговор процитировали на новостном сайте</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What makes you think you are being watched or listened to?</source>
        <translation>Почему вы думаете, что за вами следят или вас прослушивают?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Was private information (calls, messages, movements) quoted or used publicly?</source>
        <translation>Цитировали ли или использовали публично личную информацию (звонки, сообщения, перемещения)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When and where did you notice it?</source>
        <translation>Когда и где вы это заметили?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which devices or accounts could be affected?</source>
        <translation>Какие устройства или аккаунты могли быть затронуты?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who do you think is behind it?</source>
        <translation>Кто, по-вашему, за этим стоит?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summons, case or fine</source>
        <translation>Вызов, дело или штраф</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were summoned, charged, fined or pressured through official channels.</source>
        <translation>Вас вызвали, обвинили, оштрафовали или давили через официальные каналы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Summoned to the police for questioning</source>
        <translation>напр. Вызвали в полицию на допрос</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which office or court, and who signed or spoke to you?</source>
        <translation>Какое учреждение или суд, и кто подписал бумаги или говорил с вами?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What were you accused of or asked about?</source>
        <translation>В чём вас обвинили или о чём спрашивали?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What papers did you receive? Is there a case or reference number?</source>
        <translation>Какие бумаги вы получили? Есть номер дела или документа?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did you have a lawyer? What happens next, and when?</source>
        <translation>Был ли у вас адвокат? Что будет дальше и когда?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photograph every paper you receive and attach it as evidence.</source>
        <translation>Фотографируйте каждую полученную бумагу и прикрепляйте её как доказательство.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something else</source>
        <translation>Что-то другое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else that happened to you or people close to you.</source>
        <translation>Всё остальное, что случилось с вами или вашими близкими.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few words to recognise this incident later</source>
        <translation>Несколько слов, чтобы потом узнать этот инцидент</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened, in your own words?</source>
        <translation>Что произошло, своими словами?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When and where did it happen?</source>
        <translation>Когда и где это произошло?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was involved, or who do you think is behind it?</source>
        <translation>Кто был причастен или кто, по-вашему, за этим стоит?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How has it affected you or people close to you?</source>
        <translation>Как это отразилось на вас или ваших близких?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What have you done about it so far?</source>
        <translation>Что вы уже предприняли?</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <location filename="../../app/unlock_hints.py" line="+18"/>
        <source>Latin letters</source>
        <translation>латиница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijani letters</source>
        <translation>азербайджанские буквы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic letters</source>
        <translation>кириллица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other letters</source>
        <translation>другие буквы</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../app/incidents/vocabulary.py" line="+11"/>
        <source>Threat or intimidation</source>
        <translation>Угроза или запугивание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blackmail or extortion</source>
        <translation>Шантаж или вымогательство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hacked or taken-over account</source>
        <translation>Взломанный или захваченный аккаунт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leak of private data or intimate images</source>
        <translation>Утечка личных данных или интимных изображений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smear or defamation</source>
        <translation>Клевета или дискредитация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doxxing or impersonation</source>
        <translation>Доксинг или выдача себя за другого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveillance or interception</source>
        <translation>Слежка или перехват</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detention, assault or dispersal</source>
        <translation>Задержание, нападение или разгон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal or administrative harassment</source>
        <translation>Юридическое или административное преследование</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <location line="+8"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Exact time</source>
        <translation>Точное время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known to the day</source>
        <translation>Известен день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known to the month</source>
        <translation>Известен месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate</source>
        <translation>Приблизительно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State body or official</source>
        <translation>Госорган или должностное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named person</source>
        <translation>Известный по имени человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous channel or account</source>
        <translation>Анонимный канал или аккаунт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media outlet</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Myself</source>
        <translation>Я сама / сам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family member</source>
        <translation>Член семьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleague</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My organisation</source>
        <translation>Моя организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else</source>
        <translation>Кто-то другой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Psychological</source>
        <translation>Психологические</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical</source>
        <translation>Физические</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic</source>
        <translation>Экономические</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Профессиональные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On family</source>
        <translation>На семью</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reported to the platform</source>
        <translation>Сообщено платформе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported to the police</source>
        <translation>Заявлено в полицию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported to an organisation</source>
        <translation>Сообщено в организацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal action</source>
        <translation>Юридические действия</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 — minor</source>
        <translation>1 — незначительная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 — moderate</source>
        <translation>2 — умеренная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 — serious</source>
        <translation>3 — серьёзная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 — severe</source>
        <translation>4 — тяжёлая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 — critical</source>
        <translation>5 — критическая</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="-30"/>
        <source>Uncategorised</source>
        <translation>Без категории</translation>
    </message>
    <message>
        <location filename="../../app/complaints/store.py" line="-292"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prosecutor</source>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ombudsman</source>
        <translation>Омбудсмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other body</source>
        <translation>Другой орган</translation>
    </message>
</context>
</TS>
