<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>DevicesPage</name>
    <message>
        <source>The MFP API is off, or waits for the vault to open. MFPs cannot pull jobs from this computer now.</source>
        <translation>MFP API はオフか、保管庫が開くのを待っています。今は MFP がこのコンピューターからジョブを取得できません。</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>MFPs connect on port %1. Check that the MFP shows this SHA-256 fingerprint:</source>
        <translation>MFP はポート %1 で接続します。MFP にこの SHA-256 フィンガープリントが表示されることを確認してください:</translation>
    </message>
    <message>
        <source>MFPs connect on port %1 with your organisation&apos;s certificate:</source>
        <translation>MFP は組織の証明書を使ってポート %1 で接続します:</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>証明書のフィンガープリント</translation>
    </message>
    <message>
        <source>Pair an MFP</source>
        <translation>MFP をペアリング</translation>
    </message>
    <message>
        <source>Name, e.g. 3rd floor</source>
        <translation>名前 (例: 3 階)</translation>
    </message>
    <message>
        <source>Name of the MFP</source>
        <translation>MFP の名前</translation>
    </message>
    <message>
        <source>Get code</source>
        <translation>コードを取得</translation>
    </message>
    <message>
        <source>One-time pairing code</source>
        <translation>ワンタイム ペアリング コード</translation>
    </message>
    <message>
        <source>Enter it on the MFP within %1:%2</source>
        <translation>%1:%2 以内に MFP で入力してください</translation>
    </message>
    <message>
        <source>Paired MFPs</source>
        <translation>ペアリング済みの MFP</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>まだありません。</translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation>最終接続: %1</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>%1 を取り消す</translation>
    </message>
    <message>
        <source>Sign-in at the MFP</source>
        <translation>MFP でのサインイン</translation>
    </message>
    <message>
        <source>A PIN of 4 to 12 digits; not one digit repeated, nor a straight run.</source>
        <translation>4〜12 桁の PIN。同じ数字の繰り返しや連番は使えません。</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新しい PIN</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>新しい PIN (確認)</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>PIN を設定</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>カード番号</translation>
    </message>
    <message>
        <source>Set badge</source>
        <translation>カードを登録</translation>
    </message>
    <message>
        <source>PIN set.</source>
        <translation>PIN を設定しました。</translation>
    </message>
    <message>
        <source>Badge registered.</source>
        <translation>カードを登録しました。</translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation>%1 を取り消しますか?</translation>
    </message>
    <message>
        <source>It can no longer pull jobs until it is paired again.</source>
        <translation>再度ペアリングするまで、ジョブを取得できなくなります。</translation>
    </message>
</context>
<context>
    <name>JobDelegate</name>
    <message numerus="yes">
        <source>%1, %n page(s)</source>
        <translation>
            <numerusform>%1、%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 を選択</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in colour</source>
        <translation>
            <numerusform>カラー %n</numerusform>
        </translation>
    </message>
    <message>
        <source>mono</source>
        <translation>モノクロ</translation>
    </message>
    <message numerus="yes">
        <source>%n copies</source>
        <translation>
            <numerusform>%n 部</numerusform>
        </translation>
    </message>
    <message>
        <source>two-sided</source>
        <translation>両面</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>リリース中…</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>Held jobs</source>
        <translation>保留中のジョブ</translation>
    </message>
    <message>
        <source>No jobs are waiting</source>
        <translation>待機中のジョブはありません</translation>
    </message>
    <message>
        <source>Print from any application to the printer “PrintVault”. Your job waits here, encrypted, until you release it here or sign in at an MFP.</source>
        <translation>任意のアプリケーションからプリンター「PrintVault」に印刷してください。ジョブは暗号化されてここで待機し、ここでリリースするか MFP でサインインするまで保持されます。</translation>
    </message>
    <message>
        <source>Printer address: %1</source>
        <translation>プリンターのアドレス: %1</translation>
    </message>
    <message>
        <source>Release progress</source>
        <translation>リリースの進行状況</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n 件選択</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) held</source>
        <translation>
            <numerusform>%n 件のジョブを保留中</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Preview the selected job</source>
        <translation>選択したジョブをプレビュー</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected jobs</source>
        <translation>選択したジョブを削除</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>リリース…</translation>
    </message>
    <message>
        <source>Release the selected jobs to a printer</source>
        <translation>選択したジョブをプリンターにリリース</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s)?</source>
        <translation>
            <numerusform>%n 件のジョブを削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their keys are destroyed: the documents cannot be recovered.</source>
        <translation>鍵が破棄されるため、文書は復元できません。</translation>
    </message>
    <message>
        <source>New certificate on %1</source>
        <translation>%1 の新しい証明書</translation>
    </message>
    <message>
        <source>This printer identifies itself with a different certificate from the one PrintVault trusted when it first printed there. That is expected after the printer was replaced or its certificate renewed, and it is also how an impostor on the network would look. Nothing was sent: the job is still held.</source>
        <translation>このプリンターは、PrintVault が最初に印刷したときに信頼した証明書とは別の証明書を提示しています。プリンターの交換や証明書の更新の後には起こり得ますが、ネットワーク上のなりすましも同じように見えます。何も送信されていません。ジョブは保留されたままです。</translation>
    </message>
    <message>
        <source>Trusted until now (SHA-256):</source>
        <translation>これまで信頼していた証明書 (SHA-256):</translation>
    </message>
    <message>
        <source>Shown now:</source>
        <translation>現在提示されている証明書:</translation>
    </message>
    <message>
        <source>If you can, compare the new fingerprint with the one the printer&apos;s own panel or web page shows.</source>
        <translation>可能であれば、新しいフィンガープリントをプリンターの操作パネルまたは Web ページに表示されるものと照合してください。</translation>
    </message>
    <message>
        <source>Trust it and print</source>
        <translation>信頼して印刷</translation>
    </message>
    <message>
        <source>Keep the job</source>
        <translation>ジョブを保持</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>PrintVault</source>
        <translation>PrintVault</translation>
    </message>
    <message>
        <source>Capture is paused: the PrintVault printer refuses new jobs until you resume it.</source>
        <translation>受け付けを一時停止中です。再開するまで PrintVault プリンターは新しいジョブを受け付けません。</translation>
    </message>
    <message>
        <source>Connecting to PrintVault…</source>
        <translation>PrintVault に接続中…</translation>
    </message>
    <message>
        <source>Starting PrintVault…</source>
        <translation>PrintVault を起動中…</translation>
    </message>
    <message>
        <source>The vault is locked: %1</source>
        <translation>保管庫はロックされています: %1</translation>
    </message>
    <message>
        <source>PrintVault is not running. %1</source>
        <translation>PrintVault が実行されていません。%1</translation>
    </message>
    <message>
        <source>PrintVault has a problem.</source>
        <translation>PrintVault に問題があります。</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Held jobs</source>
        <translation>保留中のジョブ</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>クォータ</translation>
    </message>
    <message>
        <source>Quota and usage</source>
        <translation>クォータと使用量</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>MFP devices and sign-in</source>
        <translation>MFP デバイスとサインイン</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>PrintVault is locked</source>
        <translation>PrintVault はロックされています</translation>
    </message>
    <message numerus="yes">
        <source>It was not used for %n minute(s). Enter your PIN to go on.</source>
        <translation>
            <numerusform>%n 分間操作がありませんでした。続けるには PIN を入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
</context>
<context>
    <name>QuotaPage</name>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>colour pages</source>
        <translation>カラーページ</translation>
    </message>
    <message>
        <source>No monthly limit is set.</source>
        <translation>月間の上限は設定されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) left</source>
        <translation>
            <numerusform>残り %n ページ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n colour page(s) left</source>
        <translation>
            <numerusform>カラー残り %n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>過去 12 か月</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>モノクロ</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>カラー</translation>
    </message>
    <message>
        <source>Recent printing</source>
        <translation>最近の印刷</translation>
    </message>
    <message>
        <source>Nothing printed this month.</source>
        <translation>今月はまだ印刷していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV にエクスポート…</translation>
    </message>
    <message>
        <source>Export the usage of the last 12 months as CSV</source>
        <translation>過去 12 か月の使用量を CSV でエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message numerus="yes">
        <source>Release %n job(s)</source>
        <translation>
            <numerusform>%n 件のジョブをリリース</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a printer…</source>
        <translation>プリンターを追加…</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>プリンター</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>部数</translation>
    </message>
    <message>
        <source>as printed</source>
        <translation>印刷時の設定</translation>
    </message>
    <message>
        <source>Two-sided</source>
        <translation>両面</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>モノクロ</translation>
    </message>
    <message>
        <source>No printer is set up yet. Find one, or add one by its address in Settings.</source>
        <translation>プリンターがまだ設定されていません。検索するか、設定でアドレスを指定して追加してください。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>Find printers</source>
        <translation>プリンターを検索</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>Stamp name, date and computer</source>
        <translation>名前・日付・PC 名を印字</translation>
    </message>
    <message>
        <source>Prints your name, the date and this computer&apos;s name along the bottom of every page</source>
        <translation>各ページの下端に名前、日付、このコンピューター名を印字します</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Held jobs</source>
        <translation>保留中のジョブ</translation>
    </message>
    <message numerus="yes">
        <source>A held job is deleted, with its key, %n hour(s) after it was printed to PrintVault.</source>
        <translation>
            <numerusform>保留中のジョブは、PrintVault に印刷されてから %n 時間後に鍵とともに削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked: set by your administrator</source>
        <translation>ロック: 管理者が設定</translation>
    </message>
    <message>
        <source>Pause capture</source>
        <translation>受け付けを一時停止</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>プリンター</translation>
    </message>
    <message>
        <source>Add a printer by its IPP address to release jobs to it from here.</source>
        <translation>IPP アドレスでプリンターを追加すると、ここからジョブをリリースできます。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>プリンターのアドレス</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>名前 (省略可)</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>プリンター名</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Add printer</source>
        <translation>プリンターを追加</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Start PrintVault at login</source>
        <translation>ログイン時に PrintVault を起動</translation>
    </message>
    <message>
        <source>About</source>
        <translation>バージョン情報</translation>
    </message>
    <message>
        <source>PrintVault %1</source>
        <translation>PrintVault %1</translation>
    </message>
    <message>
        <source>Spooler %1</source>
        <translation>スプーラー %1</translation>
    </message>
    <message>
        <source>Virtual printer: %1</source>
        <translation>仮想プリンター: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>Find printers</source>
        <translation>プリンターを検索</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Pages printed per month</source>
        <translation>月ごとの印刷ページ数</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PrintVault: your held print jobs.</source>
        <translation>PrintVault: 保留中の印刷ジョブ。</translation>
    </message>
    <message>
        <source>Render a page to a PNG file and exit.</source>
        <translation>ページを PNG ファイルに描画して終了します。</translation>
    </message>
    <message>
        <source>The page: jobs, quota, devices or settings.</source>
        <translation>ページ: jobs、quota、devices、settings のいずれか。</translation>
    </message>
    <message>
        <source>Window size for --screenshot, WxH.</source>
        <translation>--screenshot のウィンドウサイズ (幅x高さ)。</translation>
    </message>
    <message>
        <source>Device pixel ratio (2 for high DPI).</source>
        <translation>デバイスピクセル比 (高 DPI は 2)。</translation>
    </message>
    <message>
        <source>With --screenshot, also write the texts shown.</source>
        <translation>--screenshot と一緒に、表示中のテキストも書き出します。</translation>
    </message>
    <message>
        <source>Do not start printvaultd if it is not running.</source>
        <translation>printvaultd が実行されていなくても起動しません。</translation>
    </message>
    <message>
        <source>Start in the tray, without the window.</source>
        <translation>ウィンドウを開かずにトレイで起動します。</translation>
    </message>
</context>
<context>
    <name>pv::app::DaemonConnection</name>
    <message>
        <source>printvaultd stopped</source>
        <translation>printvaultd が停止しました</translation>
    </message>
    <message>
        <source>printvaultd did not start.</source>
        <translation>printvaultd が起動しませんでした。</translation>
    </message>
    <message>
        <source>printvaultd did not start: %1</source>
        <translation>printvaultd が起動しませんでした: %1</translation>
    </message>
    <message>
        <source>printvaultd is not running (%1).</source>
        <translation>printvaultd が実行されていません (%1)。</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 を起動できません: %2</translation>
    </message>
    <message>
        <source>Starting PrintVault…</source>
        <translation>PrintVault を起動中…</translation>
    </message>
    <message>
        <source>Pause capture</source>
        <translation>受け付けを一時停止</translation>
    </message>
</context>
<context>
    <name>pv::app::DevicesModel</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Pair an MFP</source>
        <translation>MFP をペアリング</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>PIN を設定</translation>
    </message>
    <message>
        <source>Set badge</source>
        <translation>カードを登録</translation>
    </message>
</context>
<context>
    <name>pv::app::JobsModel</name>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>List jobs</source>
        <translation>ジョブ一覧</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Releasing “%1” to %2…</source>
        <translation>「%1」を %2 にリリース中…</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n impression(s).</source>
        <translation>
            <numerusform>%n 面を印刷しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <source>expires now</source>
        <translation>まもなく期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n min</source>
        <translation>
            <numerusform>あと %n 分で期限切れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n h</source>
        <translation>
            <numerusform>あと %n 時間で期限切れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The printer is not ready (%1); trying again in %n s…</source>
        <translation>
            <numerusform>プリンターの準備ができていません (%1)。%n 秒後に再試行します…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pv::app::PrintersModel</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Raster</source>
        <translation>ラスター</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>カラー</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>モノクロ</translation>
    </message>
    <message>
        <source>Duplex</source>
        <translation>両面</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>プリンター</translation>
    </message>
    <message>
        <source>Add printer</source>
        <translation>プリンターを追加</translation>
    </message>
    <message>
        <source>Remove printer</source>
        <translation>プリンターを削除</translation>
    </message>
    <message>
        <source>No network printer discovery (DNS-SD) on this computer: only printers set up in CUPS are listed. Add others by their address.</source>
        <translation>このコンピューターではネットワーク上のプリンター検出 (DNS-SD) が使えません。CUPS に設定済みのプリンターのみ表示されます。その他はアドレスで追加してください。</translation>
    </message>
    <message>
        <source>Find printers</source>
        <translation>プリンターを検索</translation>
    </message>
    <message>
        <source>Trust printer</source>
        <translation>プリンターを信頼</translation>
    </message>
</context>
<context>
    <name>pv::app::QuotaModel</name>
    <message>
        <source>Resets on %1</source>
        <translation>%1 にリセット</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>クォータ</translation>
    </message>
    <message>
        <source>MFP</source>
        <translation>MFP</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV エクスポート</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>pv::app::SessionLock</name>
    <message>
        <source>That PIN is not right.</source>
        <translation>PIN が正しくありません。</translation>
    </message>
</context>
<context>
    <name>pv::app::SettingsModel</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Cannot save the setting in %1</source>
        <translation>%1 に設定を保存できません</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>%1 を削除できません</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>pv::app::TrayIcon</name>
    <message>
        <source>Open PrintVault</source>
        <translation>PrintVault を開く</translation>
    </message>
    <message>
        <source>Release all to</source>
        <translation>すべてをリリース</translation>
    </message>
    <message>
        <source>Pause capture</source>
        <translation>受け付けを一時停止</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Add a printer in Settings…</source>
        <translation>設定でプリンターを追加…</translation>
    </message>
</context>
<context>
    <name>pv::app::TrayStatus</name>
    <message numerus="yes">
        <source>Captured: %1, %n page(s)</source>
        <translation>
            <numerusform>受け付けました: %1、%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Held in your vault until you release it.</source>
        <translation>リリースするまで保管庫に保持されます。</translation>
    </message>
    <message>
        <source>Released to %1</source>
        <translation>%1 にリリースしました</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <source>Release to %1 failed</source>
        <translation>%1 へのリリースに失敗しました</translation>
    </message>
    <message>
        <source>PrintVault: not connected</source>
        <translation>PrintVault: 未接続</translation>
    </message>
    <message>
        <source>PrintVault: %1</source>
        <translation>PrintVault: %1</translation>
    </message>
    <message numerus="yes">
        <source>PrintVault: %n job(s) held</source>
        <translation>
            <numerusform>PrintVault: %n 件のジョブを保留中</numerusform>
        </translation>
    </message>
    <message>
        <source>PrintVault: ready</source>
        <translation>PrintVault: 準備完了</translation>
    </message>
    <message>
        <source>Capture is paused</source>
        <translation>受け付けは一時停止中です</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 に失敗しました</translation>
    </message>
    <message>
        <source>PrintVault</source>
        <translation>PrintVault</translation>
    </message>
    <message>
        <source>Something happened while the window was locked.</source>
        <translation>ウィンドウのロック中に更新がありました。</translation>
    </message>
</context>
</TS>
