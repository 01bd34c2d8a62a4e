<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccountHeader</name>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Your organisation: %1</source>
        <translation>組織: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Recent activity</source>
        <translation>最近のアクティビティ</translation>
    </message>
    <message>
        <source>Nothing yet. What you print, release and sign in to shows here.</source>
        <translation>まだ何もありません。印刷、リリース、サインインの記録がここに表示されます。</translation>
    </message>
</context>
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
    <message>
        <source>Your held jobs cannot be opened now</source>
        <translation>保留中のジョブを現在開けません</translation>
    </message>
    <message>
        <source>Your held jobs stay encrypted and safe. Until the vault is open again, PrintVault accepts no new print jobs.</source>
        <translation>保留中のジョブは暗号化されたまま安全に保管されています。保管庫が再び開くまで、PrintVault は新しい印刷ジョブを受け付けません。</translation>
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
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>最近のアクティビティ</translation>
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
    <name>Quota</name>
    <message>
        <source>This needs %1 page(s), but %2 of your %3 are left this month; the quota resets on %4.</source>
        <translation>%1 ページが必要ですが、今月は %3 ページのうち残りが %2 ページです。クォータは %4 にリセットされます。</translation>
    </message>
    <message>
        <source>This needs %1 colour page(s), but %2 of your %3 are left this month; the quota resets on %4. Print it in mono instead?</source>
        <translation>カラー %1 ページが必要ですが、今月は %3 ページのうち残りが %2 ページです。クォータは %4 にリセットされます。代わりにモノクロで印刷しますか?</translation>
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
    <message>
        <source>On the print server</source>
        <translation>プリントサーバー上</translation>
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
    <message>
        <source>Organisation account</source>
        <translation>組織のアカウント</translation>
    </message>
    <message>
        <source>This computer is not connected to an organisation. PrintVault works with your local account: everything is as before.</source>
        <translation>このコンピューターは組織に接続されていません。PrintVault はローカルアカウントで動作し、これまでどおり使えます。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1 に %2 としてサインインしています。</translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation>%1 にサインインしていません。</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>組織による設定</translation>
    </message>
    <message>
        <source>Your administrator&apos;s policy sets these, and they cannot be changed here.</source>
        <translation>これらは管理者のポリシーで設定されているため、ここでは変更できません。</translation>
    </message>
    <message>
        <source>%1: %2, set by your organisation</source>
        <translation>%1: %2 (組織による設定)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ロック</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Continue in your browser</source>
        <translation>ブラウザーで続行してください</translation>
    </message>
    <message>
        <source>Sign in on another device</source>
        <translation>別のデバイスでサインイン</translation>
    </message>
    <message>
        <source>Sign in with your organisation account</source>
        <translation>組織のアカウントでサインイン</translation>
    </message>
    <message>
        <source>Your browser opened the sign-in page of %1. Come back here once you are through.</source>
        <translation>ブラウザーで %1 のサインインページを開きました。終わったらここに戻ってください。</translation>
    </message>
    <message>
        <source>On a phone or another computer, open this address and enter the code:</source>
        <translation>スマートフォンまたは別のコンピューターでこのアドレスを開き、コードを入力してください:</translation>
    </message>
    <message>
        <source>Your jobs, quota and MFP sign-in then carry your organisation identity (%1).</source>
        <translation>ジョブ、印刷枠、MFP でのサインインに組織の ID (%1) が使われます。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Sign in with a code instead</source>
        <translation>代わりにコードでサインイン</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>ブラウザーをもう一度開く</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>後で</translation>
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
    <name>printvaultd</name>
    <message>
        <source>PrintVault spooler: holds print jobs encrypted until released.</source>
        <translation>PrintVault スプーラー: 印刷ジョブをリリースされるまで暗号化して保持します。</translation>
    </message>
    <message>
        <source>Administrator policy file (default %1, or $PRINTVAULT_POLICY).</source>
        <translation>管理者のポリシーファイル (既定は %1、または $PRINTVAULT_POLICY)。</translation>
    </message>
    <message>
        <source>Port of the virtual printer on localhost (default 8631; 0 turns it off).</source>
        <translation>localhost 上の仮想プリンターのポート (既定は 8631、0 で無効)。</translation>
    </message>
    <message>
        <source>Port of the MFP pull API over HTTPS (default 5571; 0 turns it off).</source>
        <translation>HTTPS による MFP 取得 API のポート (既定は 5571、0 で無効)。</translation>
    </message>
    <message>
        <source>--%1 takes a port number from 0 to 65535</source>
        <translation>--%1 には 0〜65535 のポート番号を指定してください</translation>
    </message>
</context>
<context>
    <name>pv::CaptureService</name>
    <message>
        <source>the job was canceled</source>
        <translation>ジョブはキャンセルされました</translation>
    </message>
    <message>
        <source>PrintVault is shutting down</source>
        <translation>PrintVault を終了しています</translation>
    </message>
</context>
<context>
    <name>pv::Daemon</name>
    <message>
        <source>Opening the keychain</source>
        <translation>キーリングを開いています</translation>
    </message>
    <message>
        <source>The master key of this vault is missing from the keychain, so its jobs cannot be decrypted.</source>
        <translation>この保管庫のマスターキーがキーリングにないため、保管中のジョブを復号できません。</translation>
    </message>
    <message>
        <source>Cannot store the master key in the keychain: %1</source>
        <translation>マスターキーをキーリングに保存できません: %1</translation>
    </message>
    <message>
        <source>The keychain is unavailable: %1. Jobs are not captured until it is.</source>
        <translation>キーリングを利用できません: %1。利用できるようになるまでジョブは受け付けられません。</translation>
    </message>
    <message>
        <source>The MFP API is not available: %1</source>
        <translation>MFP API を利用できません: %1</translation>
    </message>
    <message>
        <source>The PrintVault printer is not available: %1</source>
        <translation>PrintVault プリンターを利用できません: %1</translation>
    </message>
    <message>
        <source>The vault is not open yet.</source>
        <translation>保管庫はまだ開いていません。</translation>
    </message>
    <message>
        <source>The MFP API is not running: the vault is locked, or policy turns it off (mfp/port=0).</source>
        <translation>MFP API は動作していません。保管庫がロックされているか、ポリシーで無効になっています (mfp/port=0)。</translation>
    </message>
    <message>
        <source>An unknown requirement.</source>
        <translation>不明な前提条件です。</translation>
    </message>
    <message>
        <source>capture.set_paused needs paused: true or false.</source>
        <translation>capture.set_paused には paused: true または false が必要です。</translation>
    </message>
    <message>
        <source>The width must be from 16 to 4096 pixels.</source>
        <translation>幅は 16 から 4096 ピクセルの範囲で指定してください。</translation>
    </message>
</context>
<context>
    <name>pv::DecryptingDevice</name>
    <message>
        <source>encrypted documents are read-only</source>
        <translation>暗号化されたドキュメントは読み取り専用です</translation>
    </message>
    <message>
        <source>not a PrintVault encrypted document</source>
        <translation>PrintVault の暗号化ドキュメントではありません</translation>
    </message>
    <message>
        <source>encrypted document has a bad segment size</source>
        <translation>暗号化ドキュメントのセグメントサイズが不正です</translation>
    </message>
    <message>
        <source>encrypted document belongs to another job</source>
        <translation>暗号化ドキュメントは別のジョブのものです</translation>
    </message>
    <message>
        <source>encrypted document is truncated</source>
        <translation>暗号化ドキュメントが途中で切れています</translation>
    </message>
    <message>
        <source>segment %1 of the encrypted document failed authentication: it was altered, reordered or truncated</source>
        <translation>暗号化ドキュメントのセグメント %1 が認証に失敗しました。改ざん、並べ替え、または切り詰めが行われています</translation>
    </message>
    <message>
        <source>segment is shorter than expected</source>
        <translation>セグメントが想定より短くなっています</translation>
    </message>
</context>
<context>
    <name>pv::KeychainCredentialStore</name>
    <message>
        <source>no D-Bus session bus, so no keychain (Secret Service) can be reached</source>
        <translation>D-Bus のセッションバスがないため、キーリング (Secret Service) に接続できません</translation>
    </message>
    <message>
        <source>no Secret Service keychain (such as gnome-keyring or KeePassXC) is running in this session</source>
        <translation>このセッションでは Secret Service のキーリング (gnome-keyring や KeePassXC など) が実行されていません</translation>
    </message>
</context>
<context>
    <name>pv::SubmitIntake</name>
    <message>
        <source>capture is paused; resume it to accept new jobs</source>
        <translation>受け付けは一時停止中です。新しいジョブを受け付けるには再開してください</translation>
    </message>
</context>
<context>
    <name>pv::SubmitReader</name>
    <message>
        <source>The document&apos;s descriptor is not a regular file open for reading.</source>
        <translation>ドキュメントの記述子が、読み取り用に開かれた通常のファイルではありません。</translation>
    </message>
    <message>
        <source>The client went away.</source>
        <translation>クライアントとの接続が失われました。</translation>
    </message>
    <message>
        <source>cannot read the submitted document</source>
        <translation>送信されたドキュメントを読み込めません</translation>
    </message>
</context>
<context>
    <name>pv::Vault</name>
    <message>
        <source>the master key has the wrong size</source>
        <translation>マスターキーのサイズが正しくありません</translation>
    </message>
    <message>
        <source>the master key in the keychain does not belong to this vault</source>
        <translation>キーリング内のマスターキーはこの保管庫のものではありません</translation>
    </message>
    <message>
        <source>the vault is full: %1 MB of %2 MB used (policy vault/max_size_mb)</source>
        <translation>保管庫がいっぱいです: %2 MB 中 %1 MB を使用 (ポリシー vault/max_size_mb)</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>保管庫はロックされています</translation>
    </message>
    <message>
        <source>the disk holding the vault is nearly full (%1 MB free, %2 MB kept in reserve)</source>
        <translation>保管庫のあるディスクがほぼいっぱいです (空き %1 MB、予備として %2 MB を確保)</translation>
    </message>
    <message>
        <source>the job is not finished</source>
        <translation>ジョブが完了していません</translation>
    </message>
    <message>
        <source>the key of job %1 cannot be unwrapped</source>
        <translation>ジョブ %1 の鍵を復元できません</translation>
    </message>
    <message>
        <source>the index entry of job %1 is damaged</source>
        <translation>ジョブ %1 のインデックス項目が破損しています</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a job ID</source>
        <translation>&apos;%1&apos; はジョブ ID ではありません</translation>
    </message>
    <message>
        <source>no job with ID %1</source>
        <translation>ID %1 のジョブはありません</translation>
    </message>
    <message numerus="yes">
        <source>ID prefix %1 matches %n jobs</source>
        <translation>
            <numerusform>ID の先頭 %1 に一致するジョブが %n 件あります</numerusform>
        </translation>
    </message>
    <message>
        <source>not a job id: %1</source>
        <translation>ジョブ ID ではありません: %1</translation>
    </message>
    <message>
        <source>the ticket of job %1 cannot be opened</source>
        <translation>ジョブ %1 のチケットを開けません</translation>
    </message>
    <message>
        <source>the index entry of job %1 was changed outside PrintVault; it is refused</source>
        <translation>ジョブ %1 のインデックス項目が PrintVault の外部で変更されているため、受け付けません</translation>
    </message>
</context>
<context>
    <name>pv::accounting</name>
    <message>
        <source>the job printed, but its usage cannot be recorded (%1); it is kept in the vault and nothing was counted</source>
        <translation>ジョブは印刷されましたが、使用量を記録できません (%1)。ジョブは保管庫に保持され、使用量は計上されていません</translation>
    </message>
    <message>
        <source>a usage entry is damaged</source>
        <translation>使用記録のエントリが破損しています</translation>
    </message>
</context>
<context>
    <name>pv::accounting::UsageMethods</name>
    <message>
        <source>The number of months must be from 1 to 120.</source>
        <translation>月数は 1 から 120 の範囲で指定してください。</translation>
    </message>
</context>
<context>
    <name>pv::accounts</name>
    <message>
        <source>account store</source>
        <translation>アカウントストア</translation>
    </message>
    <message>
        <source>storing the device</source>
        <translation>デバイスの保存</translation>
    </message>
    <message>
        <source>reading the device</source>
        <translation>デバイスの読み込み</translation>
    </message>
    <message>
        <source>no device with ID %1</source>
        <translation>ID %1 のデバイスはありません</translation>
    </message>
    <message>
        <source>listing devices</source>
        <translation>デバイスの一覧取得</translation>
    </message>
    <message>
        <source>revoking the device</source>
        <translation>デバイスの失効</translation>
    </message>
    <message>
        <source>no paired device with ID %1</source>
        <translation>ID %1 のペアリング済みデバイスはありません</translation>
    </message>
    <message>
        <source>updating the device</source>
        <translation>デバイスの更新</translation>
    </message>
    <message>
        <source>storing the user</source>
        <translation>ユーザーの保存</translation>
    </message>
    <message>
        <source>no PIN is set for this user</source>
        <translation>このユーザーには PIN が設定されていません</translation>
    </message>
    <message>
        <source>storing the badge</source>
        <translation>ID カードの保存</translation>
    </message>
    <message>
        <source>unknown badge</source>
        <translation>不明な ID カード</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>PIN は 4〜12 桁です。</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>PIN には数字のみを使えます。</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess: it repeats one digit.</source>
        <translation>この PIN は推測されやすすぎます: 同じ数字の繰り返しです。</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess: it is a run of digits.</source>
        <translation>この PIN は推測されやすすぎます: 連続した数字です。</translation>
    </message>
    <message>
        <source>a sign-in record in accounts.db was changed outside PrintVault; it is refused</source>
        <translation>accounts.db のサインイン記録が PrintVault の外部で変更されているため、受け付けません</translation>
    </message>
    <message>
        <source>reading the user</source>
        <translation>ユーザーの読み込み</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>該当するユーザーがいません</translation>
    </message>
    <message>
        <source>upgrading the users</source>
        <translation>ユーザー情報の更新</translation>
    </message>
    <message>
        <source>upgrading the devices</source>
        <translation>デバイス情報の更新</translation>
    </message>
    <message>
        <source>upgrading the accounts</source>
        <translation>アカウント情報の更新</translation>
    </message>
</context>
<context>
    <name>pv::app::AccountModel</name>
    <message>
        <source>The code is valid for %1:%2 more.</source>
        <translation>コードの残り有効時間: %1:%2</translation>
    </message>
    <message>
        <source>The sign-in service can&apos;t be reached. Check the network connection and try again.</source>
        <translation>サインインサービスに接続できません。ネットワーク接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>サインインはキャンセルされました。</translation>
    </message>
    <message>
        <source>The sign-in took too long. Please try again.</source>
        <translation>サインインに時間がかかりすぎました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The code has expired. Please start again.</source>
        <translation>コードの有効期限が切れました。最初からやり直してください。</translation>
    </message>
    <message>
        <source>Your organisation ended the sign-in. Please sign in again.</source>
        <translation>組織によってサインインが終了されました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>You were signed out because PrintVault was not used for a while.</source>
        <translation>PrintVault がしばらく使用されなかったため、サインアウトしました。</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s answer could not be trusted, so you were not signed in.</source>
        <translation>サインインサービスの応答を信頼できなかったため、サインインしませんでした。</translation>
    </message>
    <message>
        <source>The sign-in did not work.</source>
        <translation>サインインできませんでした。</translation>
    </message>
    <message>
        <source>You were signed out</source>
        <translation>サインアウトされました</translation>
    </message>
</context>
<context>
    <name>pv::app::ActivityModel</name>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>an MFP</source>
        <translation>MFP</translation>
    </message>
    <message numerus="yes">
        <source>Held a job, %n page(s)</source>
        <translation>
            <numerusform>ジョブを保留しました (%n ページ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held %1, %n page(s)</source>
        <translation>
            <numerusform>%1 を保留しました (%n ページ)</numerusform>
        </translation>
    </message>
    <message>
        <source>a printer</source>
        <translation>プリンター</translation>
    </message>
    <message>
        <source>Release to %1 did not print (%2)</source>
        <translation>%1 へのリリースは印刷されませんでした (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Released to %1, %n page(s)</source>
        <translation>
            <numerusform>%1 にリリースしました (%n ページ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloaded by %1</source>
        <translation>%1 が取得しました</translation>
    </message>
    <message numerus="yes">
        <source>Printed at %1, %n page(s)</source>
        <translation>
            <numerusform>%1 で印刷しました (%n ページ)</numerusform>
        </translation>
    </message>
    <message>
        <source>A job expired and was deleted</source>
        <translation>期限切れのジョブが削除されました</translation>
    </message>
    <message>
        <source>A printed job was deleted</source>
        <translation>印刷済みのジョブが削除されました</translation>
    </message>
    <message>
        <source>A job was deleted</source>
        <translation>ジョブが削除されました</translation>
    </message>
    <message>
        <source>Signed in at %1</source>
        <translation>%1 でサインインしました</translation>
    </message>
    <message>
        <source>Sign-in refused at %1</source>
        <translation>%1 でのサインインが拒否されました</translation>
    </message>
    <message>
        <source>Signed out at %1</source>
        <translation>%1 でサインアウトしました</translation>
    </message>
    <message>
        <source>Locked out after too many failed sign-ins</source>
        <translation>サインインの失敗が多すぎたためロックされました</translation>
    </message>
    <message>
        <source>Paired %1</source>
        <translation>%1 をペアリングしました</translation>
    </message>
    <message>
        <source>Unpaired %1</source>
        <translation>%1 のペアリングを解除しました</translation>
    </message>
    <message>
        <source>A wrong pairing code was tried</source>
        <translation>誤ったペアリングコードが入力されました</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>PIN を変更しました</translation>
    </message>
    <message>
        <source>Badge registered</source>
        <translation>カードを登録しました</translation>
    </message>
    <message>
        <source>Unlocked with your PIN</source>
        <translation>PIN でロックを解除しました</translation>
    </message>
    <message>
        <source>A wrong PIN was entered on this computer</source>
        <translation>このコンピューターで誤った PIN が入力されました</translation>
    </message>
    <message>
        <source>Signed in to your organisation</source>
        <translation>組織にサインインしました</translation>
    </message>
    <message>
        <source>Signed out of your organisation</source>
        <translation>組織からサインアウトしました</translation>
    </message>
    <message>
        <source>Signing in to your organisation did not succeed</source>
        <translation>組織へのサインインに失敗しました</translation>
    </message>
    <message>
        <source>Trusted the certificate of %1</source>
        <translation>%1 の証明書を信頼しました</translation>
    </message>
    <message>
        <source>A certificate was installed for MFPs</source>
        <translation>MFP 用の証明書がインストールされました</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy was loaded</source>
        <translation>組織のポリシーを読み込みました</translation>
    </message>
    <message>
        <source>The vault was opened</source>
        <translation>保管庫が開かれました</translation>
    </message>
    <message>
        <source>The vault was locked</source>
        <translation>保管庫がロックされました</translation>
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
    <message>
        <source>The key to this vault is no longer in your keychain, so the jobs held here cannot be decrypted. If you restored your keychain from a backup, unlock it; otherwise ask your administrator to reset PrintVault for your account.</source>
        <translation>この保管庫の鍵がキーチェーンにもうないため、ここで保留中のジョブを復号できません。キーチェーンをバックアップから復元した場合はロックを解除してください。そうでない場合は、管理者にあなたのアカウントの PrintVault のリセットを依頼してください。</translation>
    </message>
    <message>
        <source>The vault&apos;s files cannot be read with the key in your keychain. Ask your administrator; the details are in printvaultd&apos;s log.</source>
        <translation>キーチェーンにある鍵では保管庫のファイルを読み取れません。管理者に問い合わせてください。詳細は printvaultd のログにあります。</translation>
    </message>
    <message>
        <source>PrintVault keeps the key to your vault in your desktop&apos;s keychain, and cannot reach it. Unlock your keyring (for example in Passwords and Keys), or sign out and sign in to your desktop again.</source>
        <translation>PrintVault は保管庫の鍵をデスクトップのキーリングに保存していますが、キーリングに接続できません。キーリングのロックを解除するか (「パスワードと鍵」などで)、デスクトップからサインアウトしてもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>printvaultd did not start. Its messages are in journalctl --user -u printvaultd.</source>
        <translation>printvaultd が起動しませんでした。メッセージは journalctl --user -u printvaultd で確認できます。</translation>
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
    <message>
        <source>Not uploaded: over the print server&apos;s quota. Release it here or delete it.</source>
        <translation>アップロードされていません: プリントサーバーのクォータを超えています。ここでリリースするか、削除してください。</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>アップロード待ち</translation>
    </message>
    <message>
        <source>Waiting to upload: %1</source>
        <translation>アップロード待ち: %1</translation>
    </message>
    <message>
        <source>Waiting to upload, next try at %1 (%2)</source>
        <translation>アップロード待ち、次回の試行 %1 (%2)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>まだ試行していません</translation>
    </message>
    <message>
        <source>Uploading to the print server… %1 %</source>
        <translation>プリントサーバーにアップロード中… %1 %</translation>
    </message>
    <message>
        <source>Held on the print server</source>
        <translation>プリントサーバーで保留中</translation>
    </message>
    <message>
        <source>On the print server: %1</source>
        <translation>プリントサーバー上: %1</translation>
    </message>
    <message>
        <source>Releasing “%1” on the print server…</source>
        <translation>「%1」をプリントサーバーでリリース中…</translation>
    </message>
    <message>
        <source>the print server</source>
        <translation>プリントサーバー</translation>
    </message>
    <message numerus="yes">
        <source>The print server printed %n impression(s).</source>
        <translation>
            <numerusform>プリントサーバーで %n 面を印刷しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The print server ended the job: %1.</source>
        <translation>プリントサーバーがジョブを終了しました: %1。</translation>
    </message>
    <message>
        <source>Not uploaded: over the print server&apos;s quota; checked again at %1. Release it here or delete it.</source>
        <translation>アップロードされていません: プリントサーバーのクォータを超えています。%1 に再確認します。ここでリリースするか、削除してください。</translation>
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
    <message>
        <source>From %1, as of %2</source>
        <translation>%1 の情報 (%2 時点)</translation>
    </message>
    <message numerus="yes">
        <source>over the last %n day(s)</source>
        <translation>
            <numerusform>過去 %n 日間</numerusform>
        </translation>
    </message>
    <message>
        <source>no page limit</source>
        <translation>ページ数の上限なし</translation>
    </message>
    <message>
        <source>not reachable now: %1</source>
        <translation>現在接続できません: %1</translation>
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
    <message>
        <source>Held jobs are deleted after (hours)</source>
        <translation>保留中のジョブを削除するまでの時間 (時間)</translation>
    </message>
    <message>
        <source>Largest vault (MB, 0: no limit)</source>
        <translation>保管庫の最大サイズ (MB、0: 無制限)</translation>
    </message>
    <message>
        <source>Free disk space kept (MB)</source>
        <translation>確保する空きディスク容量 (MB)</translation>
    </message>
    <message>
        <source>Keep jobs after an MFP prints them</source>
        <translation>MFP で印刷した後もジョブを保持</translation>
    </message>
    <message>
        <source>Largest document (MB)</source>
        <translation>ドキュメントの最大サイズ (MB)</translation>
    </message>
    <message>
        <source>Printer port on this computer (0: off)</source>
        <translation>このコンピューターのプリンターポート (0: オフ)</translation>
    </message>
    <message>
        <source>Conversion time limit (seconds)</source>
        <translation>変換の制限時間 (秒)</translation>
    </message>
    <message>
        <source>Pages per month (0: no limit)</source>
        <translation>月あたりのページ数 (0: 無制限)</translation>
    </message>
    <message>
        <source>Colour pages per month (0: no limit)</source>
        <translation>月あたりのカラーページ数 (0: 無制限)</translation>
    </message>
    <message>
        <source>Quota starts again on day</source>
        <translation>クォータのリセット日</translation>
    </message>
    <message>
        <source>Over quota: warn only</source>
        <translation>クォータ超過時: 警告のみ</translation>
    </message>
    <message>
        <source>Always print in black and white</source>
        <translation>常にモノクロで印刷</translation>
    </message>
    <message>
        <source>Always print two-sided</source>
        <translation>常に両面で印刷</translation>
    </message>
    <message>
        <source>Watermark on every page</source>
        <translation>すべてのページに透かしを印字</translation>
    </message>
    <message>
        <source>Try a busy printer again for (seconds)</source>
        <translation>使用中のプリンターへの再試行時間 (秒)</translation>
    </message>
    <message>
        <source>MFP connection port (0: off)</source>
        <translation>MFP の接続ポート (0: オフ)</translation>
    </message>
    <message>
        <source>MFP connections accepted on</source>
        <translation>MFP の接続を受け付けるアドレス</translation>
    </message>
    <message>
        <source>MFP sign-in lasts (minutes)</source>
        <translation>MFP でのサインインの有効時間 (分)</translation>
    </message>
    <message>
        <source>Failed sign-ins before a lock</source>
        <translation>ロックまでのサインイン失敗回数</translation>
    </message>
    <message>
        <source>Sign-in lock lasts (minutes)</source>
        <translation>サインインのロック時間 (分)</translation>
    </message>
    <message>
        <source>Lock this window after idle (minutes)</source>
        <translation>操作がないときにこのウィンドウをロックするまでの時間 (分)</translation>
    </message>
    <message>
        <source>Organisation sign-in</source>
        <translation>組織へのサインイン</translation>
    </message>
    <message>
        <source>Sign-in client</source>
        <translation>サインインのクライアント</translation>
    </message>
    <message>
        <source>Sign-in scopes</source>
        <translation>サインインのスコープ</translation>
    </message>
    <message>
        <source>Sign-in return address</source>
        <translation>サインインの戻り先アドレス</translation>
    </message>
    <message>
        <source>Sign in with a code</source>
        <translation>コードでサインイン</translation>
    </message>
    <message>
        <source>Sign out after idle (minutes)</source>
        <translation>操作がないときにサインアウトするまでの時間 (分)</translation>
    </message>
    <message>
        <source>MFP apps that may sign in</source>
        <translation>サインインを許可する MFP アプリ</translation>
    </message>
    <message>
        <source>Sign-in certificate authority</source>
        <translation>サインインの認証局</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
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
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Sign out (%1)</source>
        <translation>サインアウト (%1)</translation>
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
<context>
    <name>pv::audit</name>
    <message>
        <source>The audit keys are not open yet.</source>
        <translation>監査ログの鍵はまだ開かれていません。</translation>
    </message>
    <message>
        <source>The audit log has no records in that range.</source>
        <translation>監査ログのこの範囲にはレコードがありません。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>line %1 of %2 is not a whole record: it was changed or cut off</source>
        <translation>%2 の %1 行目は完全なレコードではありません: 変更されたか、途中で切れています</translation>
    </message>
    <message>
        <source>records %1 to %2 are missing from the start of the log</source>
        <translation>ログの先頭でレコード %1〜%2 が欠落しています</translation>
    </message>
    <message>
        <source>the export&apos;s header is not signed by this key (changed, or another log&apos;s)</source>
        <translation>エクスポートのヘッダーはこの鍵で署名されていません (変更されたか、別のログのものです)</translation>
    </message>
    <message>
        <source>records %1 to %2 are missing from the end of the export</source>
        <translation>エクスポートの末尾でレコード %1〜%2 が欠落しています</translation>
    </message>
    <message>
        <source>record %1 does not match the export&apos;s signed head</source>
        <translation>レコード %1 がエクスポートの署名済みヘッドと一致しません</translation>
    </message>
    <message>
        <source>an exported file is verified on its own</source>
        <translation>エクスポートしたファイルは単独で検証してください</translation>
    </message>
    <message>
        <source>there are no records to verify</source>
        <translation>検証するレコードがありません</translation>
    </message>
</context>
<context>
    <name>pv::audit::AuditLog</name>
    <message>
        <source>cannot open the audit log %1: %2</source>
        <translation>監査ログ %1 を開けません: %2</translation>
    </message>
    <message>
        <source>cannot repair the audit log %1</source>
        <translation>監査ログ %1 を修復できません</translation>
    </message>
    <message>
        <source>cannot open the audit log %1</source>
        <translation>監査ログ %1 を開けません</translation>
    </message>
    <message>
        <source>the audit keys in the keychain are damaged</source>
        <translation>キーリング内の監査ログの鍵が破損しています</translation>
    </message>
    <message>
        <source>cannot write the audit log %1</source>
        <translation>監査ログ %1 に書き込めません</translation>
    </message>
    <message>
        <source>cannot sync the audit log %1</source>
        <translation>監査ログ %1 を同期できません</translation>
    </message>
</context>
<context>
    <name>pv::audit::AuditMethods</name>
    <message>
        <source>The audit log&apos;s keys are not open yet.</source>
        <translation>監査ログの鍵はまだ開かれていません。</translation>
    </message>
    <message>
        <source>The limit must be from 1 to 500.</source>
        <translation>上限は 1 から 500 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The export needs an absolute path to write to.</source>
        <translation>エクスポートの書き込み先には絶対パスを指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD) or an ISO 8601 time.</source>
        <translation>&apos;%1&apos; は日付 (YYYY-MM-DD) でも ISO 8601 形式の日時でもありません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>audit.mask needs a value.</source>
        <translation>audit.mask には値が必要です。</translation>
    </message>
</context>
<context>
    <name>pv::audit::Verify</name>
    <message>
        <source>The export is intact: records %1 to %2, signed.
</source>
        <translation>エクスポートは改ざんされていません: レコード %1〜%2、署名済み。
</translation>
    </message>
    <message>
        <source>The audit log is intact: records %1 to %2, signed through record %3 (%4 checkpoints).
</source>
        <translation>監査ログは改ざんされていません: レコード %1〜%2、レコード %3 まで署名済み (チェックポイント %4 個)。
</translation>
    </message>
    <message>
        <source>Records after %1 are chained but not yet signed (the daemon signs within a second).
</source>
        <translation>レコード %1 より後のレコードはチェーンにつながっていますが、まだ署名されていません (デーモンが 1 秒以内に署名します)。
</translation>
    </message>
    <message>
        <source>TAMPERED at record %1: %2
</source>
        <translation>改ざんを検出 (レコード %1): %2
</translation>
    </message>
    <message>
        <source>Cannot verify: %1
</source>
        <translation>検証できません: %1
</translation>
    </message>
    <message>
        <source>(seen in %1, line %2)
</source>
        <translation>(%1 の %2 行目)
</translation>
    </message>
    <message>
        <source>audit verify: --key needs the public key&apos;s PEM file
</source>
        <translation>audit verify: --key には公開鍵の PEM ファイルを指定してください
</translation>
    </message>
    <message>
        <source>audit verify: unknown option %1
Usage: audit verify [--json] [--key PUBLIC.pem] [FILE...]
</source>
        <translation>audit verify: 不明なオプション %1
使い方: audit verify [--json] [--key PUBLIC.pem] [FILE...]
</translation>
    </message>
    <message>
        <source>audit verify: no audit files in %1
</source>
        <translation>audit verify: %1 に監査ファイルがありません
</translation>
    </message>
    <message>
        <source>audit verify: cannot read the public key %1 (give it with --key)
</source>
        <translation>audit verify: 公開鍵 %1 を読み込めません (--key で指定してください)
</translation>
    </message>
    <message>
        <source>audit verify: %1: %2
</source>
        <translation>audit verify: %1: %2
</translation>
    </message>
    <message>
        <source>Key: %1 (the copy beside the log; compare its fingerprint with one kept elsewhere)
</source>
        <translation>鍵: %1 (ログと同じ場所にあるコピーです。このフィンガープリントを、別の場所に保管してあるものと照合してください)
</translation>
    </message>
</context>
<context>
    <name>pv::audit::Walker</name>
    <message>
        <source>record %1 is out of order: record %2 stands in its place</source>
        <translation>レコード %1 の順序が正しくありません: その位置にレコード %2 があります</translation>
    </message>
    <message>
        <source>record %1 is missing (the next one is %2)</source>
        <translation>レコード %1 が欠落しています (次のレコードは %2)</translation>
    </message>
    <message>
        <source>record 1 does not start the chain: it was changed</source>
        <translation>レコード 1 がチェーンの先頭になっていません: 変更されています</translation>
    </message>
    <message>
        <source>record %1 was changed: its hash is not the one record %2 carries</source>
        <translation>レコード %1 は変更されています: そのハッシュがレコード %2 に記録されたものと一致しません</translation>
    </message>
    <message>
        <source>the checkpoint at record %1 is not signed by this key (changed, or another log&apos;s)</source>
        <translation>レコード %1 のチェックポイントはこの鍵で署名されていません (変更されたか、別のログのものです)</translation>
    </message>
    <message>
        <source>records %1 to %2 are missing: the log ends at %3, but a signed checkpoint names %2</source>
        <translation>レコード %1〜%2 が欠落しています: ログは %3 で終わっていますが、署名済みのチェックポイントには %2 とあります</translation>
    </message>
    <message>
        <source>record %1 was changed: it does not match its signed checkpoint</source>
        <translation>レコード %1 は変更されています: 署名済みのチェックポイントと一致しません</translation>
    </message>
</context>
<context>
    <name>pv::capture</name>
    <message numerus="yes">
        <source>Held in PrintVault as job %1 (%n page(s))</source>
        <translation>
            <numerusform>PrintVault にジョブ %1 として保留中 (%n ページ)</numerusform>
        </translation>
    </message>
    <message>
        <source>unsupported format %1</source>
        <translation>サポートされていない形式 %1</translation>
    </message>
    <message>
        <source>a job&apos;s sealed ticket is not readable</source>
        <translation>ジョブの封印済みチケットを読み取れません</translation>
    </message>
    <message>
        <source>cannot listen for IPP on %1: %2</source>
        <translation>%1 で IPP を待ち受けできません: %2</translation>
    </message>
    <message>
        <source>the socket path %1 is too long</source>
        <translation>ソケットのパス %1 が長すぎます</translation>
    </message>
    <message>
        <source>Capture resumed.</source>
        <translation>受け付けを再開しました。</translation>
    </message>
    <message>
        <source>Capture paused.</source>
        <translation>受け付けを一時停止しました。</translation>
    </message>
    <message numerus="yes">
        <source>the document stopped its converter %n time(s) and was given up</source>
        <translation>
            <numerusform>このドキュメントで変換プログラムが %n 回停止したため、処理を中止しました</numerusform>
        </translation>
    </message>
    <message>
        <source>PrintVault is shutting down</source>
        <translation>PrintVault を終了しています</translation>
    </message>
    <message>
        <source>cannot create a scratch folder for the converter</source>
        <translation>変換プログラム用の作業フォルダーを作成できません</translation>
    </message>
    <message>
        <source>the document did not finish converting within %1 s and was stopped</source>
        <translation>ドキュメントの変換が %1 秒以内に終わらなかったため停止しました</translation>
    </message>
    <message>
        <source>the converted document is larger than the limit of %1 MB</source>
        <translation>変換後のドキュメントが上限の %1 MB を超えています</translation>
    </message>
    <message>
        <source>the document needed more processor time than its converter may use</source>
        <translation>ドキュメントの変換に、変換プログラムに許可された以上の CPU 時間が必要でした</translation>
    </message>
    <message>
        <source>the job was canceled</source>
        <translation>ジョブはキャンセルされました</translation>
    </message>
    <message>
        <source>the document converter (printvault-worker) cannot be started: %1</source>
        <translation>ドキュメントの変換プログラム (printvault-worker) を起動できません: %1</translation>
    </message>
    <message>
        <source>the document needs more than %1 MB of memory to convert</source>
        <translation>ドキュメントの変換に %1 MB を超えるメモリが必要です</translation>
    </message>
</context>
<context>
    <name>pv::cli</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>%1 分後</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>%1 時間後</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>%1 日後</translation>
    </message>
    <message>
        <source>No jobs held. Print to &quot;PrintVault&quot; or run: printvault-cli submit FILE.pdf
</source>
        <translation>保留中のジョブはありません。「PrintVault」に印刷するか、次を実行してください: printvault-cli submit FILE.pdf
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>PAGES</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>COLOUR</source>
        <translation>カラー</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ数</translation>
    </message>
    <message>
        <source>%1 (%2 colour: %3)</source>
        <translation>%1 (カラー %2: %3)</translation>
    </message>
    <message>
        <source>Colour mode</source>
        <translation>カラーモード</translation>
    </message>
    <message>
        <source>pages %1 %2</source>
        <translation>ページ %1 %2</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>ページ別の上書き</translation>
    </message>
    <message>
        <source>In colour</source>
        <translation>カラー</translation>
    </message>
    <message>
        <source>%1 page(s) print in colour</source>
        <translation>%1 ページをカラーで印刷</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>部数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>printvaultd %1 (pid %2): %3
</source>
        <translation>printvaultd %1 (PID %2): %3
</translation>
    </message>
    <message>
        <source>  jobs held: %1, vault size %2%3
</source>
        <translation>  保留中のジョブ: %1、保管庫のサイズ %2%3
</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>  printer: %1
</source>
        <translation>  プリンター: %1
</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>  retention: %1 h%2
</source>
        <translation>  保持期間: %1 時間%2
</translation>
    </message>
    <message>
        <source> (set by policy)</source>
        <translation> (ポリシーで設定)</translation>
    </message>
    <message>
        <source>MFP API:      %1
Certificate:  %2 (%3)
Valid:        %4 to %5
SHA-256:      %6
</source>
        <translation>MFP API:      %1
証明書:       %2 (%3)
有効期間:     %4〜%5
SHA-256:      %6
</translation>
    </message>
    <message>
        <source>listening on port %1</source>
        <translation>ポート %1 で待ち受け中</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>待ち受けていません</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>自己署名</translation>
    </message>
    <message>
        <source>CA-issued</source>
        <translation>CA 発行</translation>
    </message>
    <message>
        <source>Installed.
</source>
        <translation>インストールしました。
</translation>
    </message>
    <message>
        <source>cert takes: show | install CERT KEY [CHAIN]</source>
        <translation>cert の使い方: show | install CERT KEY [CHAIN]</translation>
    </message>
    <message>
        <source>devices pair takes [--name NAME]</source>
        <translation>devices pair の使い方: [--name NAME]</translation>
    </message>
    <message>
        <source>Pairing code: %1
Enter it on the MFP before %2. It works once.
</source>
        <translation>ペアリングコード: %1
%2 までに MFP で入力してください。1 回だけ使えます。
</translation>
    </message>
    <message>
        <source>No paired devices.
</source>
        <translation>ペアリング済みのデバイスはありません。
</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>最終接続</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>paired</source>
        <translation>ペアリング済み</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>%1 に失効</translation>
    </message>
    <message>
        <source>Revoked device %1; its sessions have ended.
</source>
        <translation>デバイス %1 を失効させ、そのセッションを終了しました。
</translation>
    </message>
    <message>
        <source>devices takes: pair [--name N] | list | revoke ID</source>
        <translation>devices の使い方: pair [--name N] | list | revoke ID</translation>
    </message>
    <message>
        <source>pin takes: set [--user USER], with the PIN on standard input</source>
        <translation>pin の使い方: set [--user USER] (PIN は標準入力から)</translation>
    </message>
    <message>
        <source>New PIN (4-12 digits): </source>
        <translation>新しい PIN (4〜12 桁): </translation>
    </message>
    <message>
        <source>PIN set for %1.
</source>
        <translation>%1 の PIN を設定しました。
</translation>
    </message>
    <message>
        <source>Card registered for %1.
</source>
        <translation>%1 の ID カードを登録しました。
</translation>
    </message>
    <message>
        <source>jobs release takes ID --printer NAME|URI [--copies N] [--duplex] [--mono] [--watermark]</source>
        <translation>jobs release の使い方: ID --printer NAME|URI [--copies N] [--duplex] [--mono] [--watermark]</translation>
    </message>
    <message>
        <source>Releasing job %1 to %2...
</source>
        <translation>ジョブ %1 を %2 にリリースしています...
</translation>
    </message>
    <message>
        <source>  page %1 of %2 rendered and sent
</source>
        <translation>  %2 ページ中 %1 ページ目を描画して送信しました
</translation>
    </message>
    <message>
        <source>  %1% sent
</source>
        <translation>  %1% 送信済み
</translation>
    </message>
    <message>
        <source>  the printer is not ready (%1); trying again in %2 s
</source>
        <translation>  プリンターの準備ができていません (%1)。%2 秒後に再試行します
</translation>
    </message>
    <message>
        <source>Printed: printer job %1 %2, %3 impression(s) (%4 in colour) on %5 sheet(s).%6
</source>
        <translation>印刷しました: プリンタージョブ %1 %2、%3 面 (うちカラー %4) を %5 枚に印刷。%6
</translation>
    </message>
    <message>
        <source> The job is deleted.</source>
        <translation> ジョブは削除されました。</translation>
    </message>
    <message>
        <source> The job is kept (policy).</source>
        <translation> ジョブは保持されます (ポリシー)。</translation>
    </message>
    <message>
        <source>Warning: over quota. %1
</source>
        <translation>警告: クォータを超えています。%1
</translation>
    </message>
    <message>
        <source>quota takes no arguments (but --json)</source>
        <translation>quota に引数は不要です (--json を除く)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 used, %4 left
</source>
        <translation>%1: %3 中 %2 使用、残り %4
</translation>
    </message>
    <message>
        <source>%1: %2 used, no limit
</source>
        <translation>%1: %2 使用、上限なし
</translation>
    </message>
    <message>
        <source>Colour pages</source>
        <translation>カラーページ</translation>
    </message>
    <message>
        <source>Resets: %1
</source>
        <translation>リセット: %1
</translation>
    </message>
    <message>
        <source>usage takes [--month YYYY-MM], or export --csv [--from YYYY-MM-DD] [--to YYYY-MM-DD]</source>
        <translation>usage の使い方: [--month YYYY-MM]、または export --csv [--from YYYY-MM-DD] [--to YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>%1, %2: %3 impression(s), %4 in colour, %5 sheet(s), %6 job(s)
</source>
        <translation>%1、%2: %3 面、うちカラー %4、%5 枚、%6 件のジョブ
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>raster</source>
        <translation>ラスター</translation>
    </message>
    <message>
        <source>, colour</source>
        <translation>、カラー</translation>
    </message>
    <message>
        <source>, mono</source>
        <translation>、モノクロ</translation>
    </message>
    <message>
        <source>, duplex</source>
        <translation>、両面</translation>
    </message>
    <message>
        <source>  Make and model:  %1
</source>
        <translation>  メーカーとモデル: %1
</translation>
    </message>
    <message>
        <source>  Formats:         %1
</source>
        <translation>  形式:             %1
</translation>
    </message>
    <message>
        <source>  Sides:           %1
</source>
        <translation>  片面/両面:        %1
</translation>
    </message>
    <message>
        <source>  Colour modes:    %1
</source>
        <translation>  カラーモード:     %1
</translation>
    </message>
    <message>
        <source>  Copies:          1-%1
</source>
        <translation>  部数:             1〜%1
</translation>
    </message>
    <message>
        <source>  Default media:   %1
</source>
        <translation>  既定の用紙:       %1
</translation>
    </message>
    <message>
        <source>  Raster dpi:      %1
</source>
        <translation>  ラスター dpi:     %1
</translation>
    </message>
    <message>
        <source>  Raster types:    %1
</source>
        <translation>  ラスター形式:     %1
</translation>
    </message>
    <message>
        <source>  URF:             %1
</source>
        <translation>  URF:              %1
</translation>
    </message>
    <message>
        <source>  Checked:         %1
</source>
        <translation>  確認日時:         %1
</translation>
    </message>
    <message>
        <source>No printers saved. Add one with: printvault-cli printers add URI --name NAME
</source>
        <translation>保存されたプリンターはありません。次のコマンドで追加してください: printvault-cli printers add URI --name NAME
</translation>
    </message>
    <message>
        <source>on the network</source>
        <translation>ネットワーク上</translation>
    </message>
    <message>
        <source>a CUPS queue</source>
        <translation>CUPS キュー</translation>
    </message>
    <message>
        <source>No printers found.
</source>
        <translation>プリンターが見つかりません。
</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>注意: %1
</translation>
    </message>
    <message>
        <source>Saved </source>
        <translation>保存しました: </translation>
    </message>
    <message>
        <source>no saved printer is called &apos;%1&apos;</source>
        <translation>&apos;%1&apos; という名前の保存済みプリンターはありません</translation>
    </message>
    <message>
        <source>Trusting the certificate of %1 from now on: %2
</source>
        <translation>今後は %1 の証明書を信頼します: %2
</translation>
    </message>
    <message>
        <source>Removed %1
</source>
        <translation>%1 を削除しました
</translation>
    </message>
    <message>
        <source>printers takes discover, add URI [--name N], list, show NAME, refresh NAME, trust NAME|URI or remove NAME</source>
        <translation>printers の使い方: discover、add URI [--name N]、list、show NAME、refresh NAME、trust NAME|URI、remove NAME</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウトしました</translation>
    </message>
    <message>
        <source>cannot reach printvaultd at %1 (%2). Is it running? Start it with: printvaultd</source>
        <translation>%1 の printvaultd に接続できません (%2)。実行されていますか? 次のコマンドで起動してください: printvaultd</translation>
    </message>
    <message>
        <source>--socket needs a path</source>
        <translation>--socket にはパスを指定してください</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>コマンドが指定されていません</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: そのようなファイルはありません</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--title, --copies and --owner need a value</source>
        <translation>--title、--copies、--owner には値を指定してください</translation>
    </message>
    <message>
        <source>submit takes exactly one file</source>
        <translation>submit にはファイルを 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>--copies must be a number from 1 to 999</source>
        <translation>--copies には 1〜999 の数を指定してください</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Held job %1: &quot;%2&quot;, %3 page(s), %4 in colour, %5
</source>
        <translation>ジョブ %1 を保留しました: 「%2」、%3 ページ、うちカラー %4、%5
</translation>
    </message>
    <message>
        <source>Deleted job %1; its key is destroyed.
</source>
        <translation>ジョブ %1 を削除し、その鍵を破棄しました。
</translation>
    </message>
    <message>
        <source>jobs takes: list | show ID | export ID PATH | delete ID | release ID --printer URI</source>
        <translation>jobs の使い方: list | show ID | export ID PATH | delete ID | release ID --printer URI</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (SHA-256 verified)
</source>
        <translation>%1 を %2 にエクスポートしました (SHA-256 検証済み)
</translation>
    </message>
    <message>
        <source>a printer name may have letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; only</source>
        <translation>プリンター名に使えるのは英字、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos; だけです</translation>
    </message>
    <message>
        <source>CUPS refused: %1</source>
        <translation>CUPS に拒否されました: %1</translation>
    </message>
    <message>
        <source>printvaultd went away</source>
        <translation>printvaultd との接続が失われました</translation>
    </message>
    <message>
        <source>  printer on TCP: ipp://localhost:%1/ipp/print (other local accounts can reach it)
</source>
        <translation>  TCP 上のプリンター: ipp://localhost:%1/ipp/print (ほかのローカルアカウントからも接続できます)
</translation>
    </message>
    <message>
        <source>This computer is not connected to an organisation (policy names no sign-in service).
</source>
        <translation>このコンピューターは組織に接続されていません (ポリシーにサインインサービスの指定がありません)。
</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Signed in as %1
Organisation: %2
</source>
        <translation>%1 としてサインイン中
組織: %2
</translation>
    </message>
    <message>
        <source>whoami takes no arguments</source>
        <translation>whoami に引数はありません</translation>
    </message>
    <message>
        <source>logout takes no arguments</source>
        <translation>logout に引数はありません</translation>
    </message>
    <message>
        <source>Signed out. This computer keeps no token of the session.
</source>
        <translation>サインアウトしました。このコンピューターにはセッションのトークンは残っていません。
</translation>
    </message>
    <message>
        <source>login takes only [--device]</source>
        <translation>login に指定できるのは [--device] だけです</translation>
    </message>
    <message numerus="yes">
        <source>To sign in, open %1 on any device and enter the code

    %2

The code is valid for %n minute(s). Waiting…
</source>
        <translation>
            <numerusform>サインインするには、任意のデバイスで %1 を開き、次のコードを入力してください

    %2

コードの有効期間は %n 分です。待機中…
</numerusform>
        </translation>
    </message>
    <message>
        <source>Your browser was opened at:
%1
Continue there. Waiting…
</source>
        <translation>ブラウザーで次のページを開きました:
%1
ブラウザーで続けてください。待機中…
</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:
%1
Waiting…
</source>
        <translation>サインインするには、このアドレスをブラウザーで開いてください:
%1
待機中…
</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>%1 (%2 at %3)</source>
        <translation>%1 (%3 の %2)</translation>
    </message>
    <message>
        <source>%1 is missing; it checks audit files</source>
        <translation>%1 が見つかりません (監査ファイルを検証するプログラムです)</translation>
    </message>
    <message>
        <source>%1 did not finish: %2</source>
        <translation>%1 が完了しませんでした: %2</translation>
    </message>
    <message>
        <source>audit takes: verify [--key PEM] [FILE...] | export [--from DATE] [--to DATE] [--masked] [--output FILE] | public-key | mask NAME | activity</source>
        <translation>audit の使い方: verify [--key PEM] [FILE...] | export [--from DATE] [--to DATE] [--masked] [--output FILE] | public-key | mask NAME | activity</translation>
    </message>
    <message>
        <source>audit export takes [--from DATE] [--to DATE] [--masked] [--output FILE]</source>
        <translation>audit export の使い方: [--from DATE] [--to DATE] [--masked] [--output FILE]</translation>
    </message>
    <message>
        <source>Exported records %1 to %2 to %3.
</source>
        <translation>レコード %1〜%2 を %3 にエクスポートしました。
</translation>
    </message>
    <message>
        <source>CUPS is not installed (no %1); install the cups package first</source>
        <translation>CUPS がインストールされていません (%1 がありません)。先に cups パッケージをインストールしてください</translation>
    </message>
    <message>
        <source>%1 did not finish</source>
        <translation>%1 が完了しませんでした</translation>
    </message>
    <message>
        <source>%1 exit code %2</source>
        <translation>%1 の終了コード %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 を読み込めません</translation>
    </message>
    <message>
        <source>%1 takes only [--name NAME] [--cupsd-conf PATH]</source>
        <translation>%1 に指定できるのは [--name NAME] [--cupsd-conf PATH] だけです</translation>
    </message>
    <message>
        <source>%1 changes the system&apos;s printing setup, so it must run as root. Run:
  sudo printvault-cli %1
It adds (or removes) the CUPS queue &quot;%2&quot; with the printvault backend, which hands each job to the vault of the account that printed it, and, in %3, the queue&apos;s policy &quot;printvault&quot; (CUPS authenticates who prints) and PreserveJobFiles No (CUPS keeps no plaintext copy of printed documents).</source>
        <translation>%1 はシステムの印刷設定を変更するため、root として実行する必要があります。次を実行してください:
  sudo printvault-cli %1
このコマンドは、printvault バックエンドを使う CUPS キュー「%2」を追加 (または削除) します。このバックエンドは各ジョブを、印刷したアカウントの保管庫に渡します。あわせて %3 で、キューのポリシー「printvault」(CUPS が印刷するユーザーを認証します) と PreserveJobFiles No (CUPS は印刷されたドキュメントの平文のコピーを残しません) を追加 (または削除) します。</translation>
    </message>
    <message>
        <source>CUPS has no printvault backend (lpinfo: %1). Install the printvault package, or copy printvault-backend to CUPS&apos;s backend folder as &quot;printvault&quot;, owned by root, mode 0700.</source>
        <translation>CUPS に printvault バックエンドがありません (lpinfo: %1)。printvault パッケージをインストールするか、printvault-backend を CUPS のバックエンドフォルダーに「printvault」という名前で、所有者 root、モード 0700 でコピーしてください。</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>何も見つかりません</translation>
    </message>
    <message>
        <source>cannot write the queue&apos;s PPD: %1</source>
        <translation>キューの PPD を書き込めません: %1</translation>
    </message>
    <message>
        <source>Added printer &quot;%1&quot; (%2): each local account&apos;s jobs go to its own vault.
%3: policy &quot;printvault&quot; for the queue, and PreserveJobFiles No%4.
</source>
        <translation>プリンター「%1」(%2) を追加しました: 各ローカルアカウントのジョブは、それぞれのアカウントの保管庫に入ります。
%3: キューのポリシー「printvault」と PreserveJobFiles No%4。
</translation>
    </message>
    <message>
        <source> (already there)</source>
        <translation> (設定済み)</translation>
    </message>
    <message>
        <source>Removed printer &quot;%1&quot;, and PrintVault&apos;s settings from %2.
</source>
        <translation>プリンター「%1」と、%2 にある PrintVault の設定を削除しました。
</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>値</translation>
    </message>
    <message>
        <source>SET BY</source>
        <translation>設定元</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (ロック)</translation>
    </message>
    <message>
        <source>--policy needs a file</source>
        <translation>--policy にはファイルを指定してください</translation>
    </message>
    <message>
        <source>%1: every key is valid
</source>
        <translation>%1: すべてのキーが有効です
</translation>
    </message>
    <message>
        <source>policy takes: show [--policy FILE] | validate FILE</source>
        <translation>policy の使い方: show [--policy FILE] | validate FILE</translation>
    </message>
    <message>
        <source>No policy files (%1 and %2/policy.d/*.ini are absent).
</source>
        <translation>ポリシーファイルはありません (%1 と %2/policy.d/*.ini がありません)。
</translation>
    </message>
    <message>
        <source>Policy files, in the order they are read (a later one wins):
</source>
        <translation>ポリシーファイル (読み込まれる順。後のファイルが優先されます):
</translation>
    </message>
    <message>
        <source>held on the server (%1)</source>
        <translation>サーバーで保留中 (%1)</translation>
    </message>
    <message>
        <source>uploading %1%</source>
        <translation>アップロード中 %1%</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>アップロード中</translation>
    </message>
    <message>
        <source>waiting to upload</source>
        <translation>アップロード待ち</translation>
    </message>
    <message>
        <source>waiting to upload (%1; needs you)</source>
        <translation>アップロード待ち (%1、操作が必要です)</translation>
    </message>
    <message>
        <source>waiting to upload (%1; next try %2)</source>
        <translation>アップロード待ち (%1、次回の試行 %2)</translation>
    </message>
    <message>
        <source>held here</source>
        <translation>ローカルで保留中</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>The print server&apos;s jobs are not shown: %1
</source>
        <translation>プリントサーバーのジョブは表示されていません: %1
</translation>
    </message>
    <message>
        <source>Server:      %1
Mode:        %2
Account:     %3 (%4)
Connection:  %5
</source>
        <translation>サーバー:      %1
モード:        %2
アカウント:    %3 (%4)
接続:          %5
</translation>
    </message>
    <message>
        <source>password in the keychain</source>
        <translation>パスワードはキーリングに保存済み</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Last error:  %1
</source>
        <translation>最後のエラー:  %1
</translation>
    </message>
    <message numerus="yes">
        <source>Outbox:      %n job(s)
</source>
        <translation>
            <numerusform>送信トレイ:    %n 件のジョブ
</numerusform>
        </translation>
    </message>
    <message>
        <source>The server password is forgotten.
</source>
        <translation>サーバーのパスワードを破棄しました。
</translation>
    </message>
    <message>
        <source>server login takes [--user NAME] and reads the password from standard input</source>
        <translation>server login の使い方: [--user NAME] (パスワードは標準入力から読み込みます)</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>標準入力を読み込めません</translation>
    </message>
    <message>
        <source>server login reads the password from standard input; it was empty</source>
        <translation>server login はパスワードを標準入力から読み込みますが、入力が空でした</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2; the password is in the keychain.
</source>
        <translation>%1 に %2 としてサインインしました。パスワードはキーリングに保存されています。
</translation>
    </message>
    <message>
        <source>server takes: status | login [--user NAME] | logout</source>
        <translation>server の使い方: status | login [--user NAME] | logout</translation>
    </message>
    <message>
        <source>Releasing %1 on the print server...
</source>
        <translation>%1 をプリントサーバーでリリースしています...
</translation>
    </message>
    <message>
        <source>Printed: server job %1 %2, %3 impression(s).
</source>
        <translation>印刷しました: サーバージョブ %1 %2、%3 面。
</translation>
    </message>
    <message>
        <source>card takes: set [--user USER], with the badge number on standard input</source>
        <translation>card の使い方: set [--user USER] (カード番号は標準入力から)</translation>
    </message>
    <message>
        <source>Badge number: </source>
        <translation>カード番号: </translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>  converter workers: %1, seccomp %2, memory %3 MB, time limit %4 s, at most %5 pages, given up after %6 crashes
</source>
        <translation>  変換ワーカー: %1、seccomp %2、メモリ %3 MB、制限時間 %4 秒、最大 %5 ページ、%6 回クラッシュすると打ち切り
</translation>
    </message>
    <message>
        <source>  render workers: at most %1 at once (%2 threads each), seccomp %3, memory %4 MB, time limit %5 s per try, processor time %6 s
</source>
        <translation>  描画ワーカー: 同時に最大 %1 個 (各 %2 スレッド)、seccomp %3、メモリ %4 MB、制限時間 1 回あたり %5 秒、CPU 時間 %6 秒
</translation>
    </message>
    <message>
        <source>From the print server %1, as of %2:
</source>
        <translation>プリントサーバー %1 から (%2 時点):
</translation>
    </message>
    <message>
        <source>  Pages</source>
        <translation>  ページ数</translation>
    </message>
    <message>
        <source>  KB</source>
        <translation>  KB</translation>
    </message>
    <message numerus="yes">
        <source>  Period: the last %n day(s)
</source>
        <translation>
            <numerusform>  期間: 過去 %n 日間
</numerusform>
        </translation>
    </message>
    <message>
        <source>The print server&apos;s quota cannot be read now: %1
</source>
        <translation>プリントサーバーのクォータを現在読み込めません: %1
</translation>
    </message>
    <message>
        <source>Usage: printvault-cli [--json] [--socket PATH] COMMAND

Commands:
  status                         the daemon&apos;s state and the vault&apos;s size
  submit FILE [--title T] [--copies N] [--owner USER] [--no-wait]
                                 hold a PDF in the vault (FILE may be - for standard input);
                                 --no-wait: return once it is stored, before it is checked
  jobs list                      the held jobs
  jobs show ID                   one job in full (ID may be a unique prefix)
  jobs export ID PATH            write a job&apos;s document to PATH (- for standard output)
  jobs delete ID                 delete a job and destroy its key
  jobs release ID --printer NAME|URI [--copies N] [--duplex] [--mono] [--watermark]
                                 print a job on a saved or an IPP printer (ipp://, ipps://), then delete it
  jobs release server-N          release a job held on the print server, there
  printers discover              printers CUPS knows, and IPP printers announced over DNS-SD
  printers add URI [--name N]    save a printer, after asking it what it can do
  printers list | show NAME      the saved printers / one printer&apos;s capabilities
  printers refresh NAME          ask the printer for its capabilities again
  printers trust NAME|URI        accept the certificate an ipps:// printer shows now
  printers remove NAME           forget a saved printer
  watch                          print events (jobs added, removed) as they happen
  install-printer [--name N] [--cupsd-conf PATH]
                                 as root: add the PrintVault queue to CUPS (backend printvault:/)
  uninstall-printer [--name N] [--cupsd-conf PATH]
                                 as root: remove it, and its settings in cupsd.conf
  usage [--month YYYY-MM]        pages printed this month (or that month), from the ledger
  policy show [--policy FILE]    every setting&apos;s effective value and the file that set it
  policy validate FILE           check a policy file before rolling it out

Print server (policy server/*, docs/server-setup.md):
  server status                  the server, the mode, the connection and the outbox
  server login [--user NAME]     read the server password from standard input; tried once
  server logout                  forget the server password

Organisation account (OpenID Connect, policy account/*):
  login [--device]               sign in in the browser, or with a code on another device
  logout                         sign out and forget the session&apos;s tokens
  whoami                         who is signed in (exit code 1 when nobody is)

MFP pull printing (HTTPS API on port 5571):
  cert show                      the API&apos;s certificate and its SHA-256 fingerprint
  cert install CERT KEY [CHAIN]  use a CA-issued certificate (PEM files)
  devices pair [--name N]        a one-time code (8 digits, 10 minutes) to pair an MFP
  devices list                   paired MFPs
  devices revoke ID              end an MFP&apos;s pairing and its sessions
  pin set [--user U]             read a new PIN (4-12 digits) from standard input
  card set [--user U]            register an ID card (badge); the number on stdin

Audit log (docs/audit.md):
  audit verify [--key PEM] [FILE...]
                                 check the log&apos;s chain and signatures (offline; default: this user&apos;s log)
  audit export [--from DATE] [--to DATE] [--masked] [--output FILE]
                                 a signed copy of the records in range
  audit public-key               the key that verifies the log (PEM)
  audit mask NAME                NAME as the masked log writes it, to find its records
  audit activity                 your recent events
</source>
        <translation>使い方: printvault-cli [--json] [--socket PATH] COMMAND

コマンド:
  status                         デーモンの状態と保管庫のサイズ
  submit FILE [--title T] [--copies N] [--owner USER] [--no-wait]
                                 PDF を保管庫に保留 (FILE に - を指定すると標準入力)。
                                 --no-wait: 保存された時点で、確認の前に戻る
  jobs list                      保留中のジョブ
  jobs show ID                   1 件のジョブの詳細 (ID は一意な先頭部分でも可)
  jobs export ID PATH            ジョブのドキュメントを PATH に書き出す (- で標準出力)
  jobs delete ID                 ジョブを削除し、その鍵を破棄
  jobs release ID --printer NAME|URI [--copies N] [--duplex] [--mono] [--watermark]
                                 保存済みまたは IPP プリンター (ipp://、ipps://) でジョブを印刷してから削除
  jobs release server-N          プリントサーバーで保留中のジョブを、そのサーバーでリリース
  printers discover              CUPS が認識しているプリンターと DNS-SD で告知された IPP プリンター
  printers add URI [--name N]    機能を問い合わせたうえでプリンターを保存
  printers list | show NAME      保存済みのプリンター / 1 台のプリンターの機能
  printers refresh NAME          プリンターの機能を再度問い合わせ
  printers trust NAME|URI        ipps:// プリンターが現在提示している証明書を受け入れる
  printers remove NAME           保存済みのプリンターを削除
  watch                          イベント (ジョブの追加、削除) を発生時に表示
  install-printer [--name N] [--cupsd-conf PATH]
                                 root として: PrintVault キューを CUPS に追加 (バックエンド printvault:/)
  uninstall-printer [--name N] [--cupsd-conf PATH]
                                 root として: そのキューと cupsd.conf 内の設定を削除
  usage [--month YYYY-MM]        今月 (または指定した月) に印刷したページ数 (使用記録から)
  policy show [--policy FILE]    各設定の実効値と、それを設定したファイル
  policy validate FILE           ポリシーファイルを配布する前に検査

プリントサーバー (ポリシー server/*、docs/server-setup.md):
  server status                  サーバー、モード、接続、送信トレイの状態
  server login [--user NAME]     サーバーのパスワードを標準入力から読み込む (試行は 1 回のみ)
  server logout                  サーバーのパスワードを破棄

組織のアカウント (OpenID Connect、ポリシー account/*):
  login [--device]               ブラウザーで、または別のデバイスでコードを使ってサインイン
  logout                         サインアウトしてセッションのトークンを破棄
  whoami                         サインインしているユーザー (いなければ終了コード 1)

MFP プル印刷 (ポート 5571 の HTTPS API):
  cert show                      API の証明書とその SHA-256 フィンガープリント
  cert install CERT KEY [CHAIN]  CA が発行した証明書を使用 (PEM ファイル)
  devices pair [--name N]        MFP をペアリングするためのワンタイムコード (8 桁、10 分間有効)
  devices list                   ペアリング済みの MFP
  devices revoke ID              MFP のペアリングとそのセッションを終了
  pin set [--user U]             新しい PIN (4〜12 桁) を標準入力から読み込む
  card set [--user U]            ID カード (バッジ) を登録 (番号は標準入力から)

監査ログ (docs/audit.md):
  audit verify [--key PEM] [FILE...]
                                 ログのチェーンと署名を検証 (オフライン、既定: このユーザーのログ)
  audit export [--from DATE] [--to DATE] [--masked] [--output FILE]
                                 指定範囲のレコードの署名付きコピー
  audit public-key               ログを検証するための鍵 (PEM)
  audit mask NAME                マスクされたログでの NAME の表記 (そのレコードを探すため)
  audit activity                 最近のイベント
</translation>
    </message>
    <message>
        <source>not held: %1 (nothing of the document is kept)</source>
        <translation>保留されていません: %1 (ドキュメントは一切保存されていません)</translation>
    </message>
    <message>
        <source>Stored job %1 encrypted (%2); it is being checked. `printvault-cli jobs show %1` shows it once it is held.
</source>
        <translation>ジョブ %1 を暗号化して保存しました (%2)。確認中です。保留されると `printvault-cli jobs show %1` で表示されます。
</translation>
    </message>
    <message>
        <source>over the server&apos;s quota (checked again %1)</source>
        <translation>サーバーのクォータ超過 (%1 に再確認)</translation>
    </message>
    <message>
        <source>not held yet: %1 (the document is kept, encrypted, and is held when PrintVault next starts)</source>
        <translation>まだ保留されていません: %1 (ドキュメントは暗号化されたまま保持され、PrintVault の次回起動時に保留されます)</translation>
    </message>
    <message>
        <source>  raster pages drawn by: %1
</source>
        <translation>  ラスターページの描画: %1
</translation>
    </message>
</context>
<context>
    <name>pv::config</name>
    <message>
        <source>cannot open the lock file %1: %2</source>
        <translation>ロックファイル %1 を開けません: %2</translation>
    </message>
    <message>
        <source>another printvaultd (pid %1) is already using this data folder</source>
        <translation>別の printvaultd (PID %1) がすでにこのデータフォルダーを使用しています</translation>
    </message>
    <message>
        <source>cannot write the lock file %1</source>
        <translation>ロックファイル %1 を書き込めません</translation>
    </message>
    <message>
        <source>XDG_RUNTIME_DIR is not set; PrintVault needs a private per-user runtime folder (log in through a session manager, or set it to a 0700 folder you own)</source>
        <translation>XDG_RUNTIME_DIR が設定されていません。PrintVault にはユーザーごとの専用ランタイムフォルダーが必要です (セッションマネージャー経由でログインするか、自分が所有するモード 0700 のフォルダーを設定してください)</translation>
    </message>
    <message>
        <source>it must be a whole number from %1 to %2</source>
        <translation>%1〜%2 の整数を指定してください</translation>
    </message>
    <message>
        <source>it must be true or false</source>
        <translation>true または false を指定してください</translation>
    </message>
    <message>
        <source>it must be an IPv4 or IPv6 address, such as 0.0.0.0 or 127.0.0.1</source>
        <translation>0.0.0.0 や 127.0.0.1 のような IPv4 または IPv6 アドレスを指定してください</translation>
    </message>
    <message>
        <source>%1: the file cannot be parsed</source>
        <translation>%1: ファイルを解析できません</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos;</source>
        <translation>%1: 不明なキー &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; has the bad value &apos;%3&apos;; %4</source>
        <translation>%1: キー &apos;%2&apos; の値 &apos;%3&apos; が不正です。%4</translation>
    </message>
    <message>
        <source>it must be an https:// URL without a query, such as https://login.example.com</source>
        <translation>https://login.example.com のような、クエリのない https:// の URL でなければなりません</translation>
    </message>
    <message>
        <source>it must be one word without spaces</source>
        <translation>空白のない 1 語でなければなりません</translation>
    </message>
    <message>
        <source>it must be words separated by spaces or commas</source>
        <translation>空白またはカンマで区切った語でなければなりません</translation>
    </message>
    <message>
        <source>it must be 127.0.0.1 or localhost</source>
        <translation>127.0.0.1 または localhost でなければなりません</translation>
    </message>
    <message>
        <source>it must be the absolute path of a readable file</source>
        <translation>読み取り可能なファイルの絶対パスでなければなりません</translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; is needed when account/issuer is set</source>
        <translation>%1: account/issuer を設定するときはキー「%2」が必要です</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: そのようなファイルはありません</translation>
    </message>
    <message>
        <source>it must be an ipps:// URI of a queue, such as ipps://print.example.com/printers/hold</source>
        <translation>ipps://print.example.com/printers/hold のような、キューの ipps:// URI でなければなりません</translation>
    </message>
    <message>
        <source>it must be one of: %1</source>
        <translation>次のいずれかでなければなりません: %1</translation>
    </message>
    <message>
        <source>it must be a SHA-256 fingerprint: 64 hex digits, colons allowed</source>
        <translation>SHA-256 フィンガープリント (16 進数 64 桁、コロン区切り可) でなければなりません</translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; is needed when server/mode is server</source>
        <translation>%1: server/mode が server のときはキー「%2」が必要です</translation>
    </message>
</context>
<context>
    <name>pv::convert</name>
    <message>
        <source>the held document cannot be opened</source>
        <translation>保留中のドキュメントを開けません</translation>
    </message>
    <message>
        <source>the job has no page %1</source>
        <translation>ジョブに %1 ページ目はありません</translation>
    </message>
    <message>
        <source>page %1 cannot be read</source>
        <translation>%1 ページ目を読み込めません</translation>
    </message>
    <message>
        <source>page %1 cannot be rendered</source>
        <translation>%1 ページ目を描画できません</translation>
    </message>
    <message>
        <source>no document to inspect</source>
        <translation>検査するドキュメントがありません</translation>
    </message>
    <message>
        <source>the document cannot be read: %1</source>
        <translation>ドキュメントを読み込めません: %1</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>ドキュメントが空です</translation>
    </message>
    <message>
        <source>the document is not a PDF (no %PDF- header)</source>
        <translation>ドキュメントが PDF ではありません (%PDF- ヘッダーがありません)</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be opened</source>
        <translation>PDF が破損しているため開けません</translation>
    </message>
    <message>
        <source>the PDF is password-protected; remove the password and print again</source>
        <translation>PDF がパスワードで保護されています。パスワードを解除してから印刷し直してください</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>PDF にページがありません</translation>
    </message>
    <message>
        <source>page %1 of the PDF is damaged</source>
        <translation>PDF の %1 ページ目が破損しています</translation>
    </message>
    <message>
        <source>page %1 of the PDF cannot be rendered</source>
        <translation>PDF の %1 ページ目を描画できません</translation>
    </message>
    <message>
        <source>the raster page size %1x%2 is not valid</source>
        <translation>ラスターページのサイズ %1x%2 は無効です</translation>
    </message>
    <message>
        <source>unsupported raster depth %1</source>
        <translation>サポートされていないラスター深度 %1</translation>
    </message>
    <message>
        <source>the raster page dimensions are not valid</source>
        <translation>ラスターページの寸法が無効です</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>PDF を作成開始できません</translation>
    </message>
    <message>
        <source>cannot start a new PDF page</source>
        <translation>新しい PDF ページを開始できません</translation>
    </message>
    <message>
        <source>the raster page has more lines than its header says</source>
        <translation>ラスターページの行数がヘッダーの値より多くなっています</translation>
    </message>
    <message>
        <source>the raster page ended after %1 of %2 lines</source>
        <translation>ラスターページが %2 行中 %1 行で終わりました</translation>
    </message>
    <message>
        <source>the raster document has no complete page</source>
        <translation>ラスタードキュメントに完全なページがありません</translation>
    </message>
    <message>
        <source>cannot read the document: %1</source>
        <translation>ドキュメントを読み込めません: %1</translation>
    </message>
    <message>
        <source>the image cannot be read: %1</source>
        <translation>画像を読み込めません: %1</translation>
    </message>
    <message>
        <source>the image is damaged: %1</source>
        <translation>画像が破損しています: %1</translation>
    </message>
    <message>
        <source>cannot start the PDF page</source>
        <translation>PDF ページを開始できません</translation>
    </message>
    <message>
        <source>Ghostscript (gs) is not installed, so PostScript cannot be converted</source>
        <translation>Ghostscript (gs) がインストールされていないため、PostScript を変換できません</translation>
    </message>
    <message>
        <source>cannot create a scratch folder for Ghostscript</source>
        <translation>Ghostscript 用の作業フォルダーを作成できません</translation>
    </message>
    <message>
        <source>cannot start Ghostscript: %1</source>
        <translation>Ghostscript を起動できません: %1</translation>
    </message>
    <message>
        <source>the PostScript did not finish within %1 s and was stopped</source>
        <translation>PostScript が %1 秒以内に終わらなかったため停止しました</translation>
    </message>
    <message>
        <source>the PostScript document could not be interpreted</source>
        <translation>PostScript ドキュメントを解釈できませんでした</translation>
    </message>
    <message>
        <source>the PostScript document could not be interpreted (%1)</source>
        <translation>PostScript ドキュメントを解釈できませんでした (%1)</translation>
    </message>
    <message>
        <source>the text document is empty</source>
        <translation>テキストドキュメントが空です</translation>
    </message>
    <message>
        <source>the document is not plain text (it has NUL bytes)</source>
        <translation>ドキュメントがプレーンテキストではありません (NUL バイトを含みます)</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>PDF を書き込めません: %1</translation>
    </message>
    <message>
        <source>the PDF is truncated (no %%EOF marker at its end) and its pages cannot be drawn</source>
        <translation>PDF が途中で切れていて (末尾に %%EOF マーカーがありません)、ページを描画できません</translation>
    </message>
    <message>
        <source>the raster page header is not valid</source>
        <translation>ラスターページのヘッダーが無効です</translation>
    </message>
    <message>
        <source>the raster document ends in the middle of a page</source>
        <translation>ラスタードキュメントがページの途中で終わっています</translation>
    </message>
    <message>
        <source>the document is not PWG or Apple raster</source>
        <translation>ドキュメントが PWG ラスターでも Apple ラスターでもありません</translation>
    </message>
    <message>
        <source>the raster document has no pages</source>
        <translation>ラスタードキュメントにページがありません</translation>
    </message>
    <message>
        <source>the conversion was stopped</source>
        <translation>変換は停止されました</translation>
    </message>
    <message>
        <source>the document has %1 pages, more than the limit of %2</source>
        <translation>ドキュメントが %1 ページあり、上限の %2 ページを超えています</translation>
    </message>
    <message>
        <source>page %1 is %2 in long, more than the limit of %3 in</source>
        <translation>%1 ページ目の長さが %2 インチあり、上限の %3 インチを超えています</translation>
    </message>
    <message>
        <source>the raster page of %1x%2 pixels is larger than the limit of %3</source>
        <translation>%1x%2 ピクセルのラスターページが上限の %3 を超えています</translation>
    </message>
    <message numerus="yes">
        <source>the document has more than %n page(s), the limit</source>
        <translation>
            <numerusform>ドキュメントのページ数が上限の %n ページを超えています</numerusform>
        </translation>
    </message>
    <message>
        <source>the converter&apos;s answer is malformed (%1)</source>
        <translation>変換プログラムの応答が不正です (%1)</translation>
    </message>
    <message>
        <source>cannot hand the job to the converter: %1</source>
        <translation>ジョブを変換プログラムに渡せません: %1</translation>
    </message>
    <message>
        <source>a data key has the wrong size</source>
        <translation>データキーのサイズが正しくありません</translation>
    </message>
    <message>
        <source>the converter was sent a malformed request</source>
        <translation>変換プログラムに不正な要求が送られました</translation>
    </message>
    <message>
        <source>unsupported raster colour space %1</source>
        <translation>サポートされていないラスターの色空間 %1</translation>
    </message>
    <message>
        <source>the previewer was sent a malformed request</source>
        <translation>プレビュープログラムに不正な要求が送られました</translation>
    </message>
    <message>
        <source>the previewer&apos;s answer is malformed</source>
        <translation>プレビュープログラムの応答が不正です</translation>
    </message>
    <message>
        <source>cannot hand the job to the previewer: %1</source>
        <translation>ジョブをプレビュープログラムに渡せません: %1</translation>
    </message>
    <message>
        <source>the page cannot be drawn: its previewer stopped</source>
        <translation>ページを描画できません: プレビュープログラムが停止しました</translation>
    </message>
    <message>
        <source>cannot create a scratch folder for the previewer</source>
        <translation>プレビュープログラム用の作業フォルダーを作成できません</translation>
    </message>
    <message>
        <source>the previewer (printvault-worker) cannot be started: %1</source>
        <translation>プレビュープログラム (printvault-worker) を起動できません: %1</translation>
    </message>
    <message>
        <source>the page did not finish drawing within %1 s and was stopped</source>
        <translation>ページの描画が %1 秒以内に終わらなかったため停止しました</translation>
    </message>
    <message>
        <source>the page needs more than %1 MB of memory to draw</source>
        <translation>ページの描画に %1 MB を超えるメモリが必要です</translation>
    </message>
    <message>
        <source>cannot read the text document</source>
        <translation>テキストドキュメントを読み込めません</translation>
    </message>
</context>
<context>
    <name>pv::files</name>
    <message>
        <source>%1: the disk is full (%2)</source>
        <translation>%1: ディスクがいっぱいです (%2)</translation>
    </message>
    <message>
        <source>cannot inspect folder %1</source>
        <translation>フォルダー %1 を調べられません</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>%1 is not a folder (symlinks are refused)</source>
        <translation>%1 はフォルダーではありません (シンボリックリンクは使えません)</translation>
    </message>
    <message>
        <source>folder %1 belongs to uid %2, not to you (uid %3); refusing to use it</source>
        <translation>フォルダー %1 の所有者は UID %2 で、あなた (UID %3) ではないため使用しません</translation>
    </message>
    <message>
        <source>folder %1 has mode %2; it must be 0700 (run: chmod 700 &apos;%1&apos;)</source>
        <translation>フォルダー %1 のモードは %2 です。0700 にしてください (実行: chmod 700 &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 を開けません</translation>
    </message>
    <message>
        <source>cannot flush %1: %2</source>
        <translation>%1 をフラッシュできません: %2</translation>
    </message>
    <message>
        <source>cannot sync %1</source>
        <translation>%1 を同期できません</translation>
    </message>
    <message>
        <source>cannot open folder %1</source>
        <translation>フォルダー %1 を開けません</translation>
    </message>
    <message>
        <source>cannot sync folder %1</source>
        <translation>フォルダー %1 を同期できません</translation>
    </message>
    <message>
        <source>cannot move %1 into place</source>
        <translation>%1 を所定の場所に移動できません</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 を書き込めません</translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation>%1 の名前を変更できません</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2に失敗しました: %3</translation>
    </message>
    <message>
        <source>cannot open the %1: %2</source>
        <translation>%1を開けません: %2</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>スキーマバージョンの読み込み</translation>
    </message>
    <message>
        <source>the %1 was written by a newer PrintVault (schema %2, this one knows %3)</source>
        <translation>%1は新しいバージョンの PrintVault で書き込まれています (スキーマ %2、このバージョンは %3 まで対応)</translation>
    </message>
    <message>
        <source>upgrading the schema</source>
        <translation>スキーマの更新</translation>
    </message>
    <message>
        <source>upgrading the schema from %1</source>
        <translation>スキーマ %1 からの更新</translation>
    </message>
    <message>
        <source>creating the schema</source>
        <translation>スキーマの作成</translation>
    </message>
    <message>
        <source>setting the schema version</source>
        <translation>スキーマバージョンの設定</translation>
    </message>
</context>
<context>
    <name>pv::ipp</name>
    <message>
        <source>Unsupported %1 value.</source>
        <translation>%1 の値はサポートされていません。</translation>
    </message>
    <message>
        <source>Bad request version number %1.%2.</source>
        <translation>リクエストのバージョン番号 %1.%2 が無効です。</translation>
    </message>
    <message>
        <source>Bad request-id.</source>
        <translation>request-id が無効です。</translation>
    </message>
    <message>
        <source>Attribute groups are out of order.</source>
        <translation>属性グループの順序が正しくありません。</translation>
    </message>
    <message>
        <source>Missing or bad attributes-charset or attributes-natural-language.</source>
        <translation>attributes-charset または attributes-natural-language がないか、無効です。</translation>
    </message>
    <message>
        <source>Unsupported charset.</source>
        <translation>サポートされていない文字セットです。</translation>
    </message>
    <message>
        <source>Missing printer-uri or job-uri.</source>
        <translation>printer-uri または job-uri がありません。</translation>
    </message>
    <message>
        <source>Bad URI value.</source>
        <translation>URI の値が無効です。</translation>
    </message>
    <message>
        <source>No such printer or job.</source>
        <translation>該当するプリンターまたはジョブはありません。</translation>
    </message>
    <message>
        <source>Bad job-id.</source>
        <translation>job-id が無効です。</translation>
    </message>
    <message>
        <source>Operation not supported.</source>
        <translation>この操作はサポートされていません。</translation>
    </message>
    <message>
        <source>Unsupported document format.</source>
        <translation>サポートされていないドキュメント形式です。</translation>
    </message>
    <message>
        <source>Missing job-id.</source>
        <translation>job-id がありません。</translation>
    </message>
    <message>
        <source>Job %1 does not exist.</source>
        <translation>ジョブ %1 は存在しません。</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>ドキュメントが空です。</translation>
    </message>
    <message>
        <source>The document did not arrive whole.</source>
        <translation>ドキュメントが完全には届きませんでした。</translation>
    </message>
    <message>
        <source>Stored encrypted; being checked.</source>
        <translation>暗号化して保存しました。確認中です。</translation>
    </message>
    <message>
        <source>Capture is paused; resume it to accept new jobs.</source>
        <translation>受け付けは一時停止中です。新しいジョブを受け付けるには再開してください。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>Waiting for the document.</source>
        <translation>ドキュメントを待っています。</translation>
    </message>
    <message>
        <source>Missing or bad last-document.</source>
        <translation>last-document がないか、無効です。</translation>
    </message>
    <message>
        <source>Job %1 takes no more documents.</source>
        <translation>ジョブ %1 はこれ以上ドキュメントを受け付けません。</translation>
    </message>
    <message>
        <source>The job was closed without a document.</source>
        <translation>ドキュメントがないままジョブが閉じられました。</translation>
    </message>
    <message>
        <source>Job %1 has already ended.</source>
        <translation>ジョブ %1 はすでに終了しています。</translation>
    </message>
    <message numerus="yes">
        <source>No document arrived within %n second(s).</source>
        <translation>
            <numerusform>%n 秒以内にドキュメントが届きませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 created.</source>
        <translation>ジョブ %1 を作成しました。</translation>
    </message>
    <message>
        <source>Job %1 is %2.</source>
        <translation>ジョブ %1 の状態: %2。</translation>
    </message>
    <message>
        <source>The document is larger than %1 MB, the most this computer accepts.</source>
        <translation>文書が、このコンピューターで受け付ける上限の %1 MB を超えています。</translation>
    </message>
    <message>
        <source>No attribute can be set on this printer.</source>
        <translation>このプリンターでは属性を設定できません。</translation>
    </message>
    <message>
        <source>Job %1 is already being held in the vault.</source>
        <translation>ジョブ %1 はすでに保管庫に保留されています。</translation>
    </message>
    <message>
        <source>Job %1 is held in the vault; print it again from there.</source>
        <translation>ジョブ %1 は保管庫に保留されています。保管庫からもう一度印刷してください。</translation>
    </message>
    <message>
        <source>Printer paused.</source>
        <translation>プリンターを一時停止しました。</translation>
    </message>
    <message>
        <source>Printer resumed.</source>
        <translation>プリンターを再開しました。</translation>
    </message>
    <message>
        <source>No subscription attributes in the request.</source>
        <translation>リクエストにサブスクリプション属性がありません。</translation>
    </message>
    <message>
        <source>No subscription was created.</source>
        <translation>サブスクリプションは作成されませんでした。</translation>
    </message>
    <message>
        <source>Missing or bad notify-subscription-id.</source>
        <translation>notify-subscription-id がないか、無効です。</translation>
    </message>
    <message>
        <source>Subscription %1 does not exist.</source>
        <translation>サブスクリプション %1 は存在しません。</translation>
    </message>
    <message>
        <source>Missing notify-job-id.</source>
        <translation>notify-job-id がありません。</translation>
    </message>
    <message>
        <source>A job&apos;s subscription lasts as long as its job.</source>
        <translation>ジョブのサブスクリプションは、そのジョブが存在する間だけ有効です。</translation>
    </message>
    <message>
        <source>Missing notify-subscription-ids.</source>
        <translation>notify-subscription-ids がありません。</translation>
    </message>
    <message>
        <source>An attribute has no name.</source>
        <translation>名前のない属性があります。</translation>
    </message>
</context>
<context>
    <name>pv::localapi</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
</context>
<context>
    <name>pv::localapi::ApiSession</name>
    <message>
        <source>a request is not a JSON object</source>
        <translation>リクエストが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>a request has no numeric id</source>
        <translation>リクエストに数値の id がありません</translation>
    </message>
    <message>
        <source>There is no method &apos;%1&apos;.</source>
        <translation>メソッド「%1」はありません。</translation>
    </message>
    <message>
        <source>document data without a jobs.submit request</source>
        <translation>jobs.submit リクエストのない文書データ</translation>
    </message>
    <message>
        <source>The document is larger than %1 MB, the most this computer accepts.</source>
        <translation>文書が、このコンピューターで受け付ける上限の %1 MB を超えています。</translation>
    </message>
    <message>
        <source>end of data without a jobs.submit request</source>
        <translation>jobs.submit リクエストのないデータ終端</translation>
    </message>
    <message>
        <source>One export at a time can run on a connection.</source>
        <translation>1 つの接続で同時に実行できるエクスポートは 1 つだけです。</translation>
    </message>
    <message>
        <source>a second jobs.submit before the first one&apos;s data ended</source>
        <translation>最初のデータが終わる前に 2 つ目の jobs.submit が届きました</translation>
    </message>
    <message>
        <source>Copies must be from 1 to 999.</source>
        <translation>部数は 1 から 999 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The document is not a PDF (no %PDF- header).</source>
        <translation>ドキュメントが PDF ではありません (%PDF- ヘッダーがありません)。</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>ドキュメントが空です。</translation>
    </message>
    <message>
        <source>No document descriptor came with this connection.</source>
        <translation>この接続ではドキュメントの記述子が渡されませんでした。</translation>
    </message>
</context>
<context>
    <name>pv::localapi::CoreMethods</name>
    <message>
        <source>This printvaultd speaks protocol %1, the client %2. Update PrintVault so that both are the same version.</source>
        <translation>この printvaultd はプロトコル %1、クライアントは %2 です。両方が同じバージョンになるよう PrintVault を更新してください。</translation>
    </message>
    <message>
        <source>The parameter &apos;id&apos; is missing.</source>
        <translation>パラメーター「id」がありません。</translation>
    </message>
</context>
<context>
    <name>pv::localapi::LocalApiClient</name>
    <message>
        <source>the connection to printvaultd was closed</source>
        <translation>printvaultd との接続が切断されました</translation>
    </message>
    <message>
        <source>not connected to printvaultd</source>
        <translation>printvaultd に接続していません</translation>
    </message>
    <message>
        <source>not connected, or an upload is already running</source>
        <translation>接続していないか、すでにアップロード中です</translation>
    </message>
    <message>
        <source>not connected, or an export is already running</source>
        <translation>接続していないか、すでにエクスポート中です</translation>
    </message>
    <message>
        <source>printvaultd sent a malformed reply: %1</source>
        <translation>printvaultd から不正な応答が返されました: %1</translation>
    </message>
    <message>
        <source>unexpected reply</source>
        <translation>予期しない応答</translation>
    </message>
    <message>
        <source>cannot write the document: %1</source>
        <translation>ドキュメントを書き込めません: %1</translation>
    </message>
    <message>
        <source>the exported document does not match its recorded SHA-256</source>
        <translation>エクスポートしたドキュメントが記録済みの SHA-256 と一致しません</translation>
    </message>
</context>
<context>
    <name>pv::localapi::LocalApiServer</name>
    <message>
        <source>Another printvaultd is already serving %1.</source>
        <translation>別の printvaultd がすでに %1 を提供しています。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>%1 で待ち受けできません: %2</translation>
    </message>
</context>
<context>
    <name>pv::mfp</name>
    <message>
        <source>cannot make a P-256 key</source>
        <translation>P-256 鍵を生成できません</translation>
    </message>
    <message>
        <source>cannot sign the certificate</source>
        <translation>証明書に署名できません</translation>
    </message>
    <message>
        <source>cannot encode the certificate</source>
        <translation>証明書をエンコードできません</translation>
    </message>
    <message>
        <source>the certificate file must hold exactly one PEM certificate</source>
        <translation>証明書ファイルには PEM 証明書をちょうど 1 つ含めてください</translation>
    </message>
    <message>
        <source>the certificate is not valid now (valid %1 to %2)</source>
        <translation>証明書は現在有効ではありません (有効期間 %1〜%2)</translation>
    </message>
    <message>
        <source>the chain file holds no PEM certificate</source>
        <translation>チェーンファイルに PEM 証明書がありません</translation>
    </message>
    <message>
        <source>the private key does not belong to the certificate (or is not PEM)</source>
        <translation>秘密鍵が証明書と対応していません (または PEM ではありません)</translation>
    </message>
    <message>
        <source>the MFP API certificate files in %1 are incomplete</source>
        <translation>%1 にある MFP API の証明書ファイルが不完全です</translation>
    </message>
    <message>
        <source>the MFP API key cannot be decrypted with this vault&apos;s master key</source>
        <translation>MFP API の鍵をこの保管庫のマスターキーで復号できません</translation>
    </message>
    <message>
        <source>the MFP API certificate cannot be read</source>
        <translation>MFP API の証明書を読み込めません</translation>
    </message>
    <message>
        <source>the MFP API private key cannot be read</source>
        <translation>MFP API の秘密鍵を読み込めません</translation>
    </message>
</context>
<context>
    <name>pv::mfp::MfpLocalMethods</name>
    <message>
        <source>The parameter &apos;%1&apos; is missing or bad.</source>
        <translation>パラメーター「%1」がないか、正しくありません。</translation>
    </message>
    <message>
        <source>A badge number has 4 to 64 characters.</source>
        <translation>カード番号は 4 〜 64 文字です。</translation>
    </message>
    <message>
        <source>The session is locked after inactivity. Enter your PIN to do this.</source>
        <translation>操作がなかったためセッションがロックされています。この操作を行うには PIN を入力してください。</translation>
    </message>
    <message>
        <source>There is no PIN to unlock with; the session is not locked.</source>
        <translation>ロック解除に使う PIN がありません。セッションはロックされていません。</translation>
    </message>
</context>
<context>
    <name>pv::mfp::MfpServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>%1 のポート %2 で待ち受けできません: %3</translation>
    </message>
</context>
<context>
    <name>pv::mfp::MfpService</name>
    <message>
        <source>the MFP API is not running</source>
        <translation>MFP API は実行されていません</translation>
    </message>
    <message>
        <source>a valid session token and the device token it was issued to are required</source>
        <translation>有効なセッショントークンと、その発行先のデバイストークンが必要です</translation>
    </message>
</context>
<context>
    <name>pv::release</name>
    <message>
        <source>the printer at %1 showed no certificate</source>
        <translation>%1 のプリンターが証明書を提示しませんでした</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ipps:// printer</source>
        <translation>&apos;%1&apos; は ipps:// プリンターではありません</translation>
    </message>
    <message>
        <source>the printer gave the job no ID</source>
        <translation>プリンターがジョブに ID を割り当てませんでした</translation>
    </message>
    <message>
        <source>the printer did not finish job %1 in time; it is still in the vault</source>
        <translation>プリンターがジョブ %1 を時間内に完了しませんでした。ジョブは保管庫に残っています</translation>
    </message>
    <message>
        <source>the document has no cross-reference offset</source>
        <translation>ドキュメントに相互参照オフセットがありません</translation>
    </message>
    <message>
        <source>the document cannot be marked for release: %1</source>
        <translation>ドキュメントにリリース用の印字を追加できません: %1</translation>
    </message>
    <message>
        <source>no such saved printer</source>
        <translation>該当する保存済みプリンターはありません</translation>
    </message>
    <message>
        <source>sending the document failed</source>
        <translation>ドキュメントの送信に失敗しました</translation>
    </message>
    <message>
        <source>the job cannot be read: %1</source>
        <translation>ジョブを読み込めません: %1</translation>
    </message>
    <message>
        <source>no saved printer is called &apos;%1&apos;</source>
        <translation>&apos;%1&apos; という名前の保存済みプリンターはありません</translation>
    </message>
    <message>
        <source>cannot save the printer list in %1</source>
        <translation>プリンター一覧を %1 に保存できません</translation>
    </message>
    <message>
        <source>cannot save the printer&apos;s certificate in %1</source>
        <translation>プリンターの証明書を %1 に保存できません</translation>
    </message>
    <message>
        <source>the printer offers no 8-bit sRGB or sGray PWG raster</source>
        <translation>プリンターが 8 ビットの sRGB または sGray の PWG ラスターに対応していません</translation>
    </message>
    <message>
        <source>the printer offers no sRGB or gray URF</source>
        <translation>プリンターが sRGB またはグレースケールの URF に対応していません</translation>
    </message>
    <message>
        <source>the printer takes neither PDF nor a raster format PrintVault can make (it takes %1)</source>
        <translation>プリンターは PDF にも、PrintVault が生成できるラスター形式にも対応していません (対応形式: %1)</translation>
    </message>
    <message>
        <source>the watermark cannot be drawn</source>
        <translation>透かしを描画できません</translation>
    </message>
    <message>
        <source>page %1 cannot be read</source>
        <translation>%1 ページ目を読み込めません</translation>
    </message>
    <message>
        <source>page %1 cannot be rendered</source>
        <translation>%1 ページ目を描画できません</translation>
    </message>
    <message>
        <source>cannot encode the raster</source>
        <translation>ラスターをエンコードできません</translation>
    </message>
    <message>
        <source>cannot start the raster stream</source>
        <translation>ラスターストリームを開始できません</translation>
    </message>
    <message>
        <source>the raster streams differ</source>
        <translation>ラスターストリームが一致しません</translation>
    </message>
    <message>
        <source>the held document cannot be opened for rendering</source>
        <translation>保留中のドキュメントを描画用に開けません</translation>
    </message>
    <message>
        <source>no document to render</source>
        <translation>描画するドキュメントがありません</translation>
    </message>
    <message>
        <source>cannot make the raster page header</source>
        <translation>ラスターページのヘッダーを作成できません</translation>
    </message>
    <message>
        <source>sending page %1 failed</source>
        <translation>%1 ページ目の送信に失敗しました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a socket:// printer</source>
        <translation>&apos;%1&apos; は socket:// プリンターではありません</translation>
    </message>
    <message>
        <source>cannot reach the printer at %1: %2</source>
        <translation>%1 のプリンターに接続できません: %2</translation>
    </message>
    <message>
        <source>sending to %1 failed</source>
        <translation>%1 への送信に失敗しました</translation>
    </message>
    <message>
        <source>the printer at %1 did not take the end of the job</source>
        <translation>%1 のプリンターがジョブの終端を受け付けませんでした</translation>
    </message>
    <message>
        <source>the printer took the job (its ID %1) but stopped answering: %2</source>
        <translation>プリンターはジョブ (ID %1) を受け付けましたが、応答しなくなりました: %2</translation>
    </message>
    <message>
        <source>this job is already being released</source>
        <translation>このジョブはすでにリリース中です</translation>
    </message>
    <message>
        <source>jobs.release needs id, printer and sane copies</source>
        <translation>jobs.release には id、printer、および妥当な copies が必要です</translation>
    </message>
    <message>
        <source>page %1 is larger than the limit of %2 inches a side</source>
        <translation>%1 ページ目が上限のサイズ (1 辺 %2 インチ) を超えています</translation>
    </message>
    <message>
        <source>the document has %1 pages, more than the limit of %2</source>
        <translation>ドキュメントが %1 ページあり、上限の %2 ページを超えています</translation>
    </message>
    <message>
        <source>the renderer&apos;s answer is malformed</source>
        <translation>描画プログラムの応答が不正です</translation>
    </message>
    <message>
        <source>cannot hand the job to the renderer: %1</source>
        <translation>ジョブを描画プログラムに渡せません: %1</translation>
    </message>
    <message>
        <source>the renderer was sent a malformed request</source>
        <translation>描画プログラムに不正な要求が送られました</translation>
    </message>
    <message>
        <source>PrintVault is shutting down</source>
        <translation>PrintVault を終了しています</translation>
    </message>
    <message>
        <source>the document needs more than %1 MB of memory to render; it is still held</source>
        <translation>ドキュメントの描画に %1 MB を超えるメモリが必要です。ドキュメントは保留されたままです</translation>
    </message>
    <message>
        <source>the document needed more processor time than its renderer may use; it is still held</source>
        <translation>ドキュメントの描画に、描画プログラムに許可された以上の CPU 時間が必要でした。ドキュメントは保留されたままです</translation>
    </message>
    <message>
        <source>the document stopped its renderer (%1); it is still held</source>
        <translation>このドキュメントで描画プログラムが停止しました (%1)。ドキュメントは保留されたままです</translation>
    </message>
    <message>
        <source>cannot create a scratch folder for the renderer</source>
        <translation>描画プログラム用の作業フォルダーを作成できません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a printer URI</source>
        <translation>&apos;%1&apos; はプリンターの URI ではありません</translation>
    </message>
    <message>
        <source>the printer offers raster only at %1 dpi; PrintVault draws at %2 to %3 dpi</source>
        <translation>プリンターが対応するラスターは %1 dpi のみですが、PrintVault は %2〜%3 dpi で描画します</translation>
    </message>
    <message>
        <source>media %1 at %2 dpi is not drawn</source>
        <translation>用紙 %1 (%2 dpi) は描画しません</translation>
    </message>
    <message>
        <source>cannot write the update</source>
        <translation>ドキュメントの更新データを書き込めません</translation>
    </message>
    <message>
        <source>the document&apos;s changes for the printer exceed %1 MB; it is still held</source>
        <translation>プリンター向けのドキュメントの変更が %1 MB を超えています。ドキュメントは保留されたままです</translation>
    </message>
    <message>
        <source>the renderer (printvault-worker) cannot be started: %1</source>
        <translation>描画プログラム (printvault-worker) を起動できません: %1</translation>
    </message>
    <message>
        <source>the document did not finish rendering within %1 s and was stopped; it is still held</source>
        <translation>ドキュメントの描画が %1 秒以内に終わらなかったため停止しました。ドキュメントは保留されたままです</translation>
    </message>
    <message>
        <source>Ghostscript cannot draw page %1</source>
        <translation>Ghostscript はページ %1 を描画できません</translation>
    </message>
    <message>
        <source>Ghostscript cannot draw page %1 (%2)</source>
        <translation>Ghostscript はページ %1 を描画できません (%2)</translation>
    </message>
    <message>
        <source>cannot hand the document to Ghostscript</source>
        <translation>文書を Ghostscript に渡せません</translation>
    </message>
    <message>
        <source>Ghostscript cannot be started</source>
        <translation>Ghostscript を起動できません</translation>
    </message>
    <message>
        <source>cannot create a scratch folder for Ghostscript</source>
        <translation>Ghostscript 用の作業フォルダーを作成できません</translation>
    </message>
</context>
<context>
    <name>pv::release::PrinterTrust</name>
    <message>
        <source>The printer at %1 shows a different certificate than before (was %2, now %3). If the printer was replaced or given a new certificate, accept it with &apos;printvault-cli printers trust URI&apos;; otherwise someone may be impersonating it.</source>
        <translation>%1 のプリンターが以前と異なる証明書を提示しています (以前 %2、現在 %3)。プリンターを交換したか新しい証明書を設定した場合は「printvault-cli printers trust URI」で受け入れてください。そうでなければ、誰かがこのプリンターになりすましている可能性があります。</translation>
    </message>
</context>
<context>
    <name>pv::server</name>
    <message>
        <source>&apos;%1&apos; is not an ipps:// URI; the print server is reached over TLS only.</source>
        <translation>&apos;%1&apos; は ipps:// URI ではありません。プリントサーバーには TLS でのみ接続します。</translation>
    </message>
    <message>
        <source>Cannot reach the print server %1: %2</source>
        <translation>プリントサーバー %1 に接続できません: %2</translation>
    </message>
    <message>
        <source>No trust settings for the print server.</source>
        <translation>プリントサーバーの信頼設定がありません。</translation>
    </message>
    <message>
        <source>The print server needs your password: sign in with &apos;printvault-cli server login&apos;.</source>
        <translation>プリントサーバーにはパスワードが必要です。「printvault-cli server login」でサインインしてください。</translation>
    </message>
    <message>
        <source>The print server refused the password of %1. It is not tried again until you sign in anew (&apos;printvault-cli server login&apos;).</source>
        <translation>プリントサーバーが %1 のパスワードを拒否しました。もう一度サインインする (「printvault-cli server login」) まで、このパスワードは再試行されません。</translation>
    </message>
    <message>
        <source>%1: the print server does not allow it (%2)</source>
        <translation>%1: プリントサーバーで許可されていません (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The print server did not take the document</source>
        <translation>プリントサーバーがドキュメントを受け付けませんでした</translation>
    </message>
    <message>
        <source>The upload was stopped.</source>
        <translation>アップロードを中止しました。</translation>
    </message>
    <message>
        <source>The document cannot be read from the vault: %1</source>
        <translation>保管庫からドキュメントを読み込めません: %1</translation>
    </message>
    <message>
        <source>The connection to the print server broke during the upload: %1</source>
        <translation>アップロード中にプリントサーバーとの接続が切れました: %1</translation>
    </message>
    <message>
        <source>The print server refused the document</source>
        <translation>プリントサーバーがドキュメントを拒否しました</translation>
    </message>
    <message>
        <source>The print server refused the job</source>
        <translation>プリントサーバーがジョブを拒否しました</translation>
    </message>
    <message>
        <source>The print server gave the job no ID.</source>
        <translation>プリントサーバーがジョブに ID を割り当てませんでした。</translation>
    </message>
    <message>
        <source>The print server lost the job</source>
        <translation>プリントサーバーでジョブが見つからなくなりました</translation>
    </message>
    <message>
        <source>The print server did not list the jobs</source>
        <translation>プリントサーバーがジョブの一覧を返しませんでした</translation>
    </message>
    <message>
        <source>The print server does not know the job</source>
        <translation>プリントサーバーにそのジョブはありません</translation>
    </message>
    <message>
        <source>The print server did not release the job</source>
        <translation>プリントサーバーがジョブをリリースしませんでした</translation>
    </message>
    <message>
        <source>The print server did not cancel the job</source>
        <translation>プリントサーバーがジョブをキャンセルしませんでした</translation>
    </message>
    <message>
        <source>The print server did not describe the queue</source>
        <translation>プリントサーバーがキューの情報を返しませんでした</translation>
    </message>
    <message>
        <source>This job is not on the print server yet; release it to a printer with --printer.</source>
        <translation>このジョブはまだプリントサーバーにありません。--printer を指定してプリンターにリリースしてください。</translation>
    </message>
    <message>
        <source>A job held on the print server is released there, not to another printer.</source>
        <translation>プリントサーバーで保留中のジョブは、そのサーバーでリリースされます。ほかのプリンターにはリリースできません。</translation>
    </message>
    <message>
        <source>No print server is configured.</source>
        <translation>プリントサーバーが設定されていません。</translation>
    </message>
    <message>
        <source>The print server did not finish job %1 in time.</source>
        <translation>プリントサーバーがジョブ %1 を時間内に完了しませんでした。</translation>
    </message>
    <message>
        <source>No print server is configured (server/uri).</source>
        <translation>プリントサーバーが設定されていません (server/uri)。</translation>
    </message>
    <message>
        <source>server.login needs a configured server and a password.</source>
        <translation>server.login には設定済みのサーバーとパスワードが必要です。</translation>
    </message>
    <message>
        <source>The print server %1 shows a certificate (%2) that is not trusted: %3</source>
        <translation>プリントサーバー %1 が信頼されていない証明書 (%2) を提示しています: %3</translation>
    </message>
    <message>
        <source>it showed none</source>
        <translation>証明書が提示されませんでした</translation>
    </message>
    <message>
        <source>The print server %1 shows a different certificate than the one your organisation pinned (pinned %2, now %3). Nothing was sent; someone may be impersonating the server.</source>
        <translation>プリントサーバー %1 が、組織で固定された証明書とは異なる証明書を提示しています (固定 %2、現在 %3)。何も送信していません。誰かがこのサーバーになりすましている可能性があります。</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>証明書を読み込めません</translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read</source>
        <translation>CA ファイル %1 を読み込めません</translation>
    </message>
    <message>
        <source>The print server did not accept the sign-in&apos;s access token (%1). Sign in again, or ask your administrator whether the server takes bearer tokens.</source>
        <translation>プリントサーバーがサインインのアクセストークンを受け付けませんでした (%1)。もう一度サインインするか、サーバーが Bearer トークンに対応しているかを管理者に確認してください。</translation>
    </message>
    <message>
        <source>The print server takes the sign-in&apos;s token: sign in with &apos;printvault-cli login&apos;.</source>
        <translation>プリントサーバーはサインインのトークンを使用します。「printvault-cli login」でサインインしてください。</translation>
    </message>
    <message>
        <source>Connecting to the print server</source>
        <translation>プリントサーバーへの接続</translation>
    </message>
    <message>
        <source>%1: stopped.</source>
        <translation>%1: 中止しました。</translation>
    </message>
    <message numerus="yes">
        <source>%1: the print server stopped answering (no progress for %n second(s)).</source>
        <translation>
            <numerusform>%1: プリントサーバーが応答しなくなりました (%n 秒間進行なし)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload broke off</source>
        <translation>アップロードが途中で切れました</translation>
    </message>
    <message numerus="yes">
        <source>This job of %n page(s) would go over the print server&apos;s quota: %1 of %2 pages used in its period.</source>
        <translation>
            <numerusform>この %n ページのジョブはプリントサーバーのクォータを超えます: 期間内に %2 ページ中 %1 ページを使用済みです。</numerusform>
        </translation>
    </message>
    <message>
        <source>The document cannot be read from the vault again: %1</source>
        <translation>保管庫からドキュメントを再度読み込めません: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s libcups reconnects past PrintVault&apos;s certificate check, so nothing is sent to the print server.</source>
        <translation>このコンピューターの libcups は PrintVault の証明書チェックを経ずに再接続するため、プリントサーバーには何も送信しません。</translation>
    </message>
</context>
<context>
    <name>pv::signin</name>
    <message>
        <source>The ID token is not valid: %1</source>
        <translation>ID トークンが無効です: %1</translation>
    </message>
    <message>
        <source>it is meant for another application</source>
        <translation>別のアプリケーション向けです</translation>
    </message>
    <message>
        <source>it was issued to another application</source>
        <translation>別のアプリケーションに発行されています</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>有効期限が切れています</translation>
    </message>
    <message>
        <source>it was issued in the future</source>
        <translation>発行日時が未来です</translation>
    </message>
    <message>
        <source>it is not valid yet</source>
        <translation>まだ有効ではありません</translation>
    </message>
    <message>
        <source>it comes from another issuer</source>
        <translation>別の発行者からのものです</translation>
    </message>
    <message>
        <source>it answers another sign-in</source>
        <translation>別のサインインへの応答です</translation>
    </message>
    <message>
        <source>it names another user</source>
        <translation>別のユーザーを示しています</translation>
    </message>
    <message>
        <source>the algorithm &apos;%1&apos; is not allowed</source>
        <translation>アルゴリズム「%1」は許可されていません</translation>
    </message>
    <message>
        <source>The ID token is signed with an unknown key.</source>
        <translation>ID トークンは不明な鍵で署名されています。</translation>
    </message>
    <message>
        <source>The ID token&apos;s signature is not valid: %1</source>
        <translation>ID トークンの署名が無効です: %1</translation>
    </message>
    <message>
        <source>The ID token is not a signed JSON Web Token.</source>
        <translation>ID トークンは署名付き JSON Web Token ではありません。</translation>
    </message>
    <message>
        <source>the key is not for this algorithm</source>
        <translation>鍵がこのアルゴリズム用ではありません</translation>
    </message>
    <message>
        <source>the key type does not fit the algorithm</source>
        <translation>鍵の種類がアルゴリズムに合いません</translation>
    </message>
    <message>
        <source>the provider&apos;s key cannot be used</source>
        <translation>プロバイダーの鍵を使用できません</translation>
    </message>
    <message>
        <source>it does not match the provider&apos;s key</source>
        <translation>プロバイダーの鍵と一致しません</translation>
    </message>
    <message>
        <source>The sign-in redirect cannot listen: %1</source>
        <translation>サインインのリダイレクトを待ち受けできません: %1</translation>
    </message>
    <message>
        <source>This is not the sign-in PrintVault started.</source>
        <translation>これは PrintVault が開始したサインインではありません。</translation>
    </message>
    <message>
        <source>You are signed in to PrintVault. You can close this page.</source>
        <translation>PrintVault にサインインしました。このページは閉じてかまいません。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>サインインはキャンセルされました。</translation>
    </message>
    <message>
        <source>The sign-in service can&apos;t be reached: %1</source>
        <translation>サインインサービスに接続できません: %1</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s configuration is not usable: %1</source>
        <translation>サインインサービスの設定を使用できません: %1</translation>
    </message>
    <message>
        <source>it names another issuer</source>
        <translation>別の発行者を示しています</translation>
    </message>
    <message>
        <source>an endpoint is not HTTPS</source>
        <translation>HTTPS ではないエンドポイントがあります</translation>
    </message>
    <message>
        <source>it does not offer PKCE with S256</source>
        <translation>S256 による PKCE に対応していません</translation>
    </message>
    <message>
        <source>account/ca_file: no certificate in %1</source>
        <translation>account/ca_file: %1 に証明書がありません</translation>
    </message>
    <message>
        <source>the issuer is not an HTTPS URL</source>
        <translation>発行者が HTTPS の URL ではありません</translation>
    </message>
    <message>
        <source>the address is not HTTPS</source>
        <translation>アドレスが HTTPS ではありません</translation>
    </message>
    <message>
        <source>The sign-in service refused: %1</source>
        <translation>サインインサービスが拒否しました: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP ステータス %1</translation>
    </message>
</context>
<context>
    <name>pv::signin::SignInService</name>
    <message>
        <source>This computer is not connected to an organisation: policy names no sign-in service (account/issuer).</source>
        <translation>このコンピューターは組織に接続されていません: ポリシーにサインインサービス (account/issuer) が指定されていません。</translation>
    </message>
    <message>
        <source>The sign-in took too long. Please try again.</source>
        <translation>サインインに時間がかかりすぎました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>サインインはキャンセルされました。</translation>
    </message>
    <message>
        <source>Signing in with a code is turned off by policy (account/device_flow).</source>
        <translation>コードによるサインインはポリシーで無効になっています (account/device_flow)。</translation>
    </message>
    <message>
        <source>The sign-in service does not offer signing in with a code.</source>
        <translation>サインインサービスはコードによるサインインに対応していません。</translation>
    </message>
    <message>
        <source>The sign-in code has expired. Please start again.</source>
        <translation>サインインコードの有効期限が切れました。最初からやり直してください。</translation>
    </message>
    <message>
        <source>Your organisation ended the sign-in. Please sign in again.</source>
        <translation>組織によってサインインが終了されました。もう一度サインインしてください。</translation>
    </message>
    <message numerus="yes">
        <source>You were signed out after %n minute(s) without use.</source>
        <translation>
            <numerusform>%n 分間使用されなかったため、サインアウトしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in answer came from another sign-in service. Please try again.</source>
        <translation>サインインの応答が別のサインインサービスから届きました。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>pv::vault</name>
    <message>
        <source>OpenSSL failure: %1</source>
        <translation>OpenSSL のエラー: %1</translation>
    </message>
    <message>
        <source>bad key or nonce size</source>
        <translation>鍵またはノンスのサイズが不正です</translation>
    </message>
    <message>
        <source>encrypted block is too short</source>
        <translation>暗号化ブロックが短すぎます</translation>
    </message>
    <message>
        <source>authentication failed: data was altered or the key is wrong</source>
        <translation>認証に失敗しました: データが改ざんされたか、鍵が正しくありません</translation>
    </message>
    <message>
        <source>encrypted field is too short</source>
        <translation>暗号化フィールドが短すぎます</translation>
    </message>
    <message>
        <source>wrapped key has the wrong size</source>
        <translation>ラップされた鍵のサイズが正しくありません</translation>
    </message>
    <message>
        <source>the job is already finished</source>
        <translation>ジョブはすでに完了しています</translation>
    </message>
    <message>
        <source>the disk holding the vault is nearly full (%1 MB free)</source>
        <translation>保管庫のあるディスクがほぼいっぱいです (空き %1 MB)</translation>
    </message>
    <message>
        <source>cannot store the job</source>
        <translation>ジョブを保存できません</translation>
    </message>
    <message>
        <source>the job was discarded</source>
        <translation>ジョブは破棄されました</translation>
    </message>
    <message>
        <source>the job is not finished</source>
        <translation>ジョブが完了していません</translation>
    </message>
    <message>
        <source>vault index</source>
        <translation>保管庫のインデックス</translation>
    </message>
    <message>
        <source>writing metadata</source>
        <translation>メタデータの書き込み</translation>
    </message>
    <message>
        <source>storing the job</source>
        <translation>ジョブの保存</translation>
    </message>
    <message>
        <source>deleting the job</source>
        <translation>ジョブの削除</translation>
    </message>
    <message>
        <source>reading the job</source>
        <translation>ジョブの読み込み</translation>
    </message>
    <message>
        <source>no job with ID %1</source>
        <translation>ID %1 のジョブはありません</translation>
    </message>
    <message>
        <source>listing jobs</source>
        <translation>ジョブの一覧取得</translation>
    </message>
    <message>
        <source>no such entry in the keychain</source>
        <translation>キーリングにそのような項目はありません</translation>
    </message>
    <message>
        <source>the keychain refused: %1</source>
        <translation>キーリングに拒否されました: %1</translation>
    </message>
    <message>
        <source>cannot write the encrypted document: %1</source>
        <translation>暗号化ドキュメントを書き込めません: %1</translation>
    </message>
    <message>
        <source>write after finish</source>
        <translation>完了後に書き込もうとしました</translation>
    </message>
    <message>
        <source>the job is already being written</source>
        <translation>ジョブはすでに書き込み中です</translation>
    </message>
    <message>
        <source>the converted job cannot be taken over</source>
        <translation>変換済みのジョブを引き継げません</translation>
    </message>
    <message>
        <source>the converted job does not match its report</source>
        <translation>変換済みのジョブがその報告内容と一致しません</translation>
    </message>
    <message>
        <source>the converted job was not taken over</source>
        <translation>変換済みのジョブは引き継がれませんでした</translation>
    </message>
    <message>
        <source>Ed25519 failure: %1</source>
        <translation>Ed25519 のエラー: %1</translation>
    </message>
    <message>
        <source>This is not an Ed25519 public key in PEM form.</source>
        <translation>これは PEM 形式の Ed25519 公開鍵ではありません。</translation>
    </message>
    <message>
        <source>saving the outbox</source>
        <translation>送信トレイの保存</translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation>送信トレイの読み込み</translation>
    </message>
    <message>
        <source>updating the outbox</source>
        <translation>送信トレイの更新</translation>
    </message>
    <message>
        <source>cannot write the encrypted document</source>
        <translation>暗号化されたドキュメントを書き込めません</translation>
    </message>
</context>
</TS>
