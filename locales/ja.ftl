# 日本語のインターフェース文言。キーはすべての言語で共通で、ほかのファイルにキーが欠けているとテストが失敗します。
# 施術者が避ける言葉を使ってよいのは、`myth-` で始まるキーだけです。

app-title = アシアツ解説
app-promise = 足で行うマッサージと手で行うマッサージを並べて、同じ手技を同じタイミングで比べます。力・接触面積・圧力はリアルタイムで計算されます。足のほうが深く届き、しかも痛みが少ない理由をご覧ください。

side-foot = アシアツ
side-foot-sub = 足で行うマッサージ
side-hand = ハンドマッサージ
side-hand-sub = 同じ手技を手で
side-foot-label = アシアツの側面図：セラピストは施術台の上に立ち、頭上のバーを握って、片足でクライアントの背中を押しています。
side-hand-label = ハンドマッサージの側面図：セラピストは施術台の横に立ち、体を傾けてクライアントの背中に体重をかけています。
stage-heading = 同じ手技を並べて比較
stage-hint = 図の上をドラッグすると、手技の流れを進められます。

arrow-weight = 体重
arrow-bars = バー
arrow-normal = 背中へ
arrow-shear = 皮膚に沿って
arrow-push = 押す力
arrow-scale = { $force }
slips = オイルを塗った肌の上で滑ります

back-heading = 上から見たクライアントの背中
back-label = クライアントの背中を上から見た縮尺図です。両方の接触面を圧力に応じて色分けしています。背骨の左側がアシアツ、右側がハンドマッサージです。
back-foot = 足
back-hand = 手
legend-title = 圧力
legend-limit-foot = 快適限界（足）
legend-limit-hand = 快適限界（手）
legend-scale = スケールバー（{ $length }）

readouts-heading = 数値
readouts-quantity = 項目
q-normal-force = 背中へ向かう力
q-shear-force = 皮膚に沿った力
q-contact-area = 接触面積
q-mean-pressure = 平均圧力
q-peak-pressure = 最大圧力
q-comfort-limit = 快適限界
q-gravity-share = 体重による割合
verdict-under = 快適限界の範囲内です
verdict-over = 快適限界を超えています：これでは痛みが出ます
verdict-capacity = セラピストが維持できる力を超えています
effort-foot = バーを握る手が支えるのは { $bars } です。親指や手首には負担がかかりません。滑らせるには 1 ストロークあたり { $work } が必要で、バーを引いてまかないます。
effort-hand = 親指と手首の関節に { $joint } がかかり、筋力が体の傾きに { $muscle } を上乗せしています。滑らせるには 1 ストロークあたり { $work } が必要です。
effort-hand-spared = 手と手首には負担がかかりません。筋力が体の傾きに { $muscle } を上乗せしています。滑らせるには 1 ストロークあたり { $work } が必要です。
ratio-force = 同じ力で押すと、手の最大圧力は足の { $ratio } 倍になります。
ratio-comfort = 同じ快適さで比べると、足は手の { $ratio } 倍の力を加えられます。

controls-heading = 設定
c-stroke = 手技
stroke-compression = 圧迫
stroke-effleurage = エフルラージュ（軽擦法）
stroke-petrissage = ペトリサージュ（揉捏法）
c-foot = 足の部位
foot-sole = 足裏全体
foot-heel = かかと
foot-ball = 拇指球
foot-arch = 土踏まず
foot-edge = 足の外側
c-hand = 手・腕の部位
hand-palm = 手のひら
hand-heel = 手のひらの付け根
hand-thumb = 親指
hand-fingers = 指先
hand-fist = 拳の平らな面
hand-forearm = 前腕
hand-elbow = 肘
c-mass = セラピストの体重
c-load = 施術する足にかける体重
c-load-hint = 残りはバーともう片方の足が支えます。
c-lean = ハンドセラピストの傾き（垂直から）
c-compare = 比較
compare-force = 同じ力
compare-comfort = 同じ快適さ
compare-force-hint = 手は足と同じ強さで押します。
compare-comfort-hint = それぞれが快適限界の範囲で、できるだけ強く押します。
c-units = 単位
units-metric = メートル法
units-imperial = ヤード・ポンド法
c-language = 言語
more-settings = その他の設定

time-heading = 再生
play = 再生
pause = 一時停止
step-back = コマ戻し
step-forward = コマ送り
c-speed = 速度
c-phase = ストローク中の時点
reset = すべてリセット
copy-link = リンクをコピー
link-copied = リンクをコピーしました
link-copy-failed = このリンクをコピーしてください：

story-heading = 3つの違い
story-gravity-title = 重力が力を生む
story-gravity-body = アシアツのセラピストは頭上のバーを握り、施術する足にかける体重を調整します。足にかける体重を増やせば、バーにかかる分が減ります。力は重力がそのまま生み出してくれるので、セラピストの筋肉はリラックスしたままです。手で施術するセラピストは、体を傾けることで力の一部しか得られず、残りは筋力でまかないます。
story-direction-title = 力は真上から
story-direction-body = クライアントの上に立つセラピストは、背中に対して垂直に真下へ押すので、力がすべて組織に伝わります。手で施術するセラピストは施術台の横から斜めに体を傾けるため、押す力の一部が組織の中ではなく、オイルを塗った肌に沿って逃げてしまいます。
story-area-title = 足は力を分散する
story-area-body = かかとや足裏全体が触れる面積は、親指や肘の何倍にもなります。同じ力でも面積が広ければ圧力は低くなり、広い接触面のほうが深い圧を受け入れやすくなります。だから足は、心地よさを保ったまま深くまで届くのです。
show-me = 見てみる

myth-title = 「背中の上を歩く」のではなく、マッサージです
myth-body = 背中の上を人が歩く様子を思い浮かべる方も多いでしょう。アシアツはまったく違います。クライアントはクッションの効いた施術台に横になり、セラピストは頭上のバーを握って体重を1グラム単位でコントロールします。手技は、優れたマッサージに共通する長い軽擦、揉捏、安定した圧迫そのもの。ただ、それを足で行うのです。

strokes-heading = 手技
stroke-compression-body = ゆっくりと一定の圧で筋肉に沈み込み、そして解放します。アシアツでは、かかとや足裏全体で真下に押します。
stroke-effleurage-body = オイルを塗った肌の上を長く滑らせる手技です。ここでは仙骨から背骨の両脇の筋肉に沿って肩まで上がり、軽く戻ります。
stroke-petrissage-body = 揉みほぐす手技です。足はかかとから拇指球へと揺らしながら転がし、筋肉を持ち上げて絞るようにほぐします。手の場合は、親指や両手を交互に動かします。

notice-ignored = リンクで指定された「{ $key }={ $value }」は無視されました（{ $reason }）。代わりに既定値を表示しています。
problem-unknown-key = 該当する設定がありません
problem-unknown-value = 許可された値ではありません
problem-out-of-range = 許容範囲外です
problem-not-https = https のリンクのみ使用できます
problem-not-a-colour = #2f6f6a のような色の指定ではありません
problem-bad-scene = 該当するレッスンのシーンがありません
dismiss = 閉じる

book = 施術を予約する
footer-model = モデルのしくみ
footer-note = 数値は、公表された測定データに基づく物理モデルから算出しています。一般的なクライアントを想定したもので、施術の指示ではありません。

panic-title = 問題が発生しました
panic-body = 解説が停止しました。ページを再読み込みしてください。再び起きる場合は、以下の詳細をお送りください：
panic-reload = 再読み込み

# プレゼンターモード：レッスンのシーン（content/scenes.json が id で指定します）。
present-scene = シーン { $number } / { $count }
present-previous = 前のシーン
present-next = 次のシーン
present-fullscreen = 全画面表示
present-keys = キー：← → シーン · Space 再生/一時停止 · F 全画面 · Alt+R リセット
scene-misconception-title = これはマッサージです
scene-misconception-body = クライアントはクッションの効いた施術台に横になり、セラピストはバーを握って筋肉に沿って滑らせます。ほかのマッサージと同じで、使うのが足というだけです。
scene-gravity-title = 重力が力を生む
scene-gravity-body = 足が押す力は、1ニュートン残らず体重から生まれています。「体重による割合」をご覧ください。手は、体を傾けることで力の一部しか得られません。
scene-direction-title = 真下か、斜めか
scene-direction-body = 足は背中に対して垂直に押します。体を傾けた手は 45° の角度で押すため、押す力の多くがオイルを塗った肌に沿って逃げ、手が滑ってしまいます。
scene-area-title = 同じ力を、より広い面積で
scene-area-body = 同じ力をかかとと親指でかけてみます。親指の圧力は何倍も高く、クライアントが心地よく感じる範囲をはるかに超えます。
scene-compression-title = 圧迫
scene-compression-body = ゆっくり押して、解放します。体重がバーから足へ移り、また戻る様子をご覧ください。
scene-effleurage-title = エフルラージュ（軽擦法）
scene-effleurage-body = 仙骨から肩までの長い軽擦です。セラピストは、皮膚との摩擦に対抗してバーを引いています。
scene-petrissage-title = ペトリサージュ（揉捏法）
scene-petrissage-body = 揉捏：足がかかとから拇指球へと揺れ動き、それに合わせて圧力も移動します。
scene-equal-force-title = 同じ力
scene-equal-force-body = 両側が同じ強さで押します。指先は面積が小さいため高く痛い圧力になりますが、足裏はそれを分散します。
scene-equal-comfort-title = 同じ快適さ
scene-equal-comfort-body = それぞれが快適さを保てる範囲で、できるだけ強く押します。足裏は指先の数倍の力を加えられます。深く届きながら、心地よさはそのままです。

# 設置先：埋め込み、印刷、保存した設定、カウンセリングモード。
embed-open = 埋め込み
embed-title = ウェブサイトに埋め込む
embed-help = 解説を表示したい場所に、これをページへ貼り付けてください。現在の設定をコンパクトなレイアウトで表示し、内容に合わせて高さが広がります。
embed-copy = コードをコピー
embed-copied = コピーしました
embed-close = 閉じる
embed-frame-title = アシアツとハンドマッサージの比較
print = 配布資料を印刷
notice-saved-corrupt = この端末に保存された設定を読み込めなかったため、既定値を表示しています。

# 図の説明（ライブ説明。ストロークで最も圧が大きい瞬間）。
describe = { $landmark } 付近の{ $stroke }：足技は { $footArea } に { $footForce } をかけ、最大圧は { $footPeak }（{ $footVerdict }）。手技は { $handArea } に { $handForce } をかけ、最大圧は { $handPeak }（{ $handVerdict }）。
describe-under = 快適の限界 { $limit } 以内
describe-over = 快適の限界 { $limit } を超過
