# 日本語のインターフェース文言。キーはすべての言語で共通です。キーが欠けていたり、差し込み値
# { $name } が英語と違っていたりすると、テストが失敗します。
#
# 文体：説明文・ヒント・判定・通知など文になるものは「です・ます」。サロンや治療院でお客様に
# 向けて書く文章と、講習で教える文章の標準だからです。図の中に描く短いラベル（arrow-*、
# back-foot / back-hand、legend-title / legend-limit-*、band、layer-*、
# landmark-*）は常体の名詞句とし、句点は付けません。図の中の「ます」は長いうえに不自然だからです。
# ボタン・見出し・表の項目名は体言止めです。図の下の注記（legend-note）は文なので「です・ます」です。
#
# 数字の書き方：和文と数字・英字・差し込み値の間に空白を入れません（例：手技1回あたり、
# { $ratio }倍、httpsのリンク）。数字と和文の単位・助数詞の間にも空白を入れません（1ニュートン、
# 1グラム、約8°）。数字と単位記号の間は、SIの書き方どおり空白を入れます（3 cm）。差し込み値の
# 数量（150 kPaなど）も、アプリがこの形で出力します。キー操作の一覧（present-keys）だけは、
# キー名と操作を空白で区切ります。
#
# 用語：docs/glossary.md（表に挙げたキーがその用語を使っているかをテストで確認します）。
# 施術者は、アシアツを「歩く」「踏む」と表現しません。セラピストが立つのは施術台の上で、
# クライアントの上ではありません。この言い方を使ってよいのは `myth-` で始まるキーだけです
# （土踏まずは足の部位の名前なので問題ありません）。

app-title = アシアツのしくみ
app-promise = 足によるマッサージと手によるマッサージを並べて、同じ手技の同じ瞬間を比べます。力・接触面積・圧力はその場で計算します。同じ快適さなら、かかとが母指より強く押せて深く届く理由と、手が引けを取らないところをご覧ください。

side-foot = アシアツ
side-foot-sub = 足によるマッサージ
side-hand = 手によるマッサージ
side-hand-sub = 同じ手技を手で
side-foot-label = アシアツの側面図：セラピストはクライアントの横で施術台の上に片足で立ち、頭上のバーを握って、もう片方の足で背中に圧をかけています。
side-hand-label = 手によるマッサージの側面図：セラピストは施術台の横に立ち、体を傾けてクライアントの背中に体重をかけています。
stage-heading = 同じ手技を並べて比較
stage-hint = 図の上をドラッグすると、手技の流れに沿って動かせます。

arrow-weight = 体重
arrow-bars = バー
arrow-normal = 背中へ
arrow-shear = 皮膚に沿って
arrow-push = 押す力
arrow-key = 矢印の意味

back-heading = 上から見たクライアントの背中
back-label = クライアントの背中を上から見た縮尺図です。両方の接触面を圧力で色分けしています。背骨の左側がアシアツ、右側が手によるマッサージです。
back-label-pair = 2人分の背中を上から見た縮尺図です。左は両足、右は両手で、それぞれ背骨の両側に1つずつ当て、圧力で色分けしています。
back-foot = 足
back-hand = 手
legend-title = 圧力
legend-limit-foot = 快適限界（足）
legend-limit-hand = 快適限界（手）
legend-note = 快適限界は、接触面の各部分が痛み始める平均圧力（圧痛閾値）です。帯は、敏感なクライアントから痛みに強いクライアントまでの幅を示します。
band = { $low }～{ $high }

readouts-heading = 数値
readouts-quantity = 項目
q-normal-force = 背中へ向かう力
q-shear-force = 皮膚に沿った力（滑らせる手技で感じる力）
q-contact-area = 接触面積
q-mean-pressure = 平均圧力
q-peak-pressure = 最大圧力
q-comfort-limit = 快適限界（痛みが始まる圧力）
q-gravity-share = 体重でまかなう割合
q-depth-stress = 皮膚の下{ $depth }の圧力
q-bar-force = バーが支える力
q-standing-force = 軸足にかかる力
not-applicable = 該当なし
verdict-under = 快適限界の範囲内です
verdict-over = 快適限界を超えています：クライアントは痛みを感じ始めます
verdict-capacity = セラピストが維持できる以上の力です
effort-foot = 軸足が{ $standing }を支え、手はバランスをとるためにバーを{ $bars }で握っています。母指や手首で押すことはありません。滑らせる仕事は手技1回あたり{ $work }です。
effort-foot-two = 両足で施術しているため、残りの{ $bars }は腕がバーで支えます。母指や手首で押すことはありません。滑らせる仕事は手技1回あたり{ $work }です。
effort-hand = 母指と手首の関節には{ $joint }がかかり、体の傾きに筋力が{ $muscle }を上乗せしています。滑らせる仕事は手技1回あたり{ $work }です。
effort-hand-spared = 手と手首には負担がかかりません。体の傾きに筋力が{ $muscle }を上乗せしています。滑らせる仕事は手技1回あたり{ $work }です。
ratio-force = 同じ力（両側とも{ $force }）で押すと、手の平均圧力は足の{ $ratio }倍になります（{ $low }～{ $high }倍）。
ratio-force-feet = 同じ力（両側とも{ $force }）で押すと、足の平均圧力は手の{ $ratio }倍になります（{ $low }～{ $high }倍）。
ratio-comfort = 同じ快適さで比べると、足は手の{ $ratio }倍の力を加えられます（{ $low }～{ $high }倍）。
ratio-comfort-hand = 同じ快適さで比べると、手は足の{ $ratio }倍の力を加えられます（{ $low }～{ $high }倍）。
depth-comfort = 皮膚の下{ $depth }では、足の圧力は手の{ $ratio }倍です（{ $low }～{ $high }倍）。広い接触面のほうが深く届きます。
depth-comfort-hand = 皮膚の下{ $depth }では、手の圧力は足の{ $ratio }倍です（{ $low }～{ $high }倍）。ここでは手の接触面のほうが深く届きます。
depth-force = 同じ力なら、小さい接触面のほうが深いところを強く押します。皮膚の下{ $depth }の深さで、手は{ $hand }、足は{ $foot }です。
depth-force-feet = 同じ力で押すと、皮膚の下{ $depth }の深さで、足は{ $foot }、手は{ $hand }です。
depth-advantage = 広い接触面の利点は、同じ快適さで比べたときに現れます。
depth-pads = これは各接触面の中心の真下の値です。土踏まずではなく、かかとや母趾球の真下では、足は{ $foot }、手は最大{ $hand }で、{ $ratio }倍です（{ $low }～{ $high }倍）。
headline-moment = 手技で最も力が大きい瞬間（{ $percent }）：
hand-lifts = 手による揉捏法では、筋肉をつかみ、持ち上げ、絞ることもできますが、足にできるのは押すことと転がすことだけです。ここで比べているのは押す力だけです。

controls-heading = 設定
c-stroke = 手技
stroke-compression = 圧迫法
stroke-effleurage = 軽擦法
stroke-petrissage = 揉捏法
c-foot = 足の部位
foot-sole = 足底全体
foot-heel = かかと
foot-ball = 母趾球
foot-arch = 土踏まず
foot-edge = 足の外側縁
c-hand = 手・腕の部位
hand-palm = 手掌
hand-heel = 手根部
hand-thumb = 母指
hand-fingers = 指先
hand-fist = 手拳
hand-forearm = 前腕
hand-elbow = 肘
c-mass = セラピストの体重
c-load = 施術する足にかける体重
c-load-hint = 片足で施術するときは軸足が残りを支え、バーでバランスをとります。両足で施術するときは、残りを腕がバーで支えます。
c-lean = 手で施術するセラピストの体の傾き（鉛直から）
c-compare = 比較
c-client = クライアント
client-sensitive = 敏感
client-typical = 標準
client-tolerant = 痛みに強い
c-pair = 接触面
pair-one = 片足・片手
pair-two = 両足・両手
c-foot-length = セラピストの足のサイズ（かかとからつま先まで）
c-foot-length-hint = この体重での標準は{ $length }です。足と手の大きさはこの値で決まります。
c-foot-length-usual = 標準のサイズに戻す
c-depth = 組織内の深さ
c-depth-hint = 皮膚の下の圧力を読み取り、図に印を付ける深さです。
compare-force = 同じ力
compare-comfort = 同じ快適さ
compare-force-hint = 手は足と同じ力で押します。
compare-comfort-hint = それぞれが快適限界まで、つまりクライアントが痛みを感じ始める手前まで押します。
c-units = 単位
units-metric = メートル法
units-imperial = ヤード・ポンド法
c-language = 言語

time-heading = 再生
play = 再生
pause = 一時停止
step-back = コマ戻し
step-forward = コマ送り
c-speed = 速度
c-phase = 手技の中の時点
moment = { $percent }%、{ $what }
moment-pressing = 押している
moment-holding = 押したまま保持している
moment-releasing = 緩めている
moment-gliding-up = 背中を上へ滑らせている
moment-gliding-down = 下へ滑らせて戻している
moment-turning = 向きを変えている
moment-rolling-ball = 母趾球へ重心を移している
moment-rolling-heel = かかとへ重心を戻している
open-full = 解説の全体を開く
reset = すべてリセット
copy-link = リンクをコピー
link-copied = リンクをコピーしました
link-copy-failed = このリンクをコピーしてください：

story-heading = 3つの違い
story-gravity-title = 重力が力を生む
story-gravity-body = アシアツのセラピストは施術台の上に片足で立ち、施術する足へ体重を移します。バーは体を安定させ、圧を細かく調整するためのものです。足が押す力は1ニュートン残らず体重によるものです。手で施術するセラピストは施術台の横に立つため、体重から得られる力は体を傾けられる分だけで（25°の傾きで体重の約3分の1）、それ以上は肩・体幹・脚の筋力で加えます。
story-direction-title = 力は真上から
story-direction-body = 施術台の上に立つアシアツのセラピストは、背中に垂直に真下へ押すので、力はすべて組織に入ります。手で施術するセラピストは、施術台の横から体を傾けます。オイルを塗った皮膚の上では、押す向きが背中に垂直な向きから約8°以内（オイルにより4°～11°）でないと滑ってしまうため、手首と肩で傾きの力を下向きに変えなければなりません。しかも体を傾けて手にかけられる体重は、バランスが許す分だけです（25°の傾きで体重の約3分の1）。
story-area-title = 足は力を分散する
story-area-body = かかとや足底全体の接触面積は、母指や肘の何倍にもなります。痛みの閾値は接触面が広いほど下がりますが、面積ほどには下がりません。そのため同じ快適さなら、かかとは母指の約3.5倍の力で押せ、深さ3 cmの筋肉では圧力が母指の約2倍になります。同じ力なら、どの深さでも母指のほうが強く押します。足の利点は力ではなく、快適さにあります。
show-me = 見てみる
show-gravity = 重力
show-direction = 真上から
show-area = 要点：かかとと母指

myth-title = 「背中の上を歩く」のではなく、マッサージです
myth-body = 背中の上を人が歩く様子を思い浮かべる方も多いでしょう。アシアツはまったく違います。クライアントはクッションの効いた施術台に横になり、セラピストは頭上のバーを握って体重を1グラム単位で調整します。手技は、優れたマッサージに共通する長い軽擦法、揉捏法、じっくりとした圧迫法そのもの。ただ、それを足で行うのです。

strokes-heading = 手技
stroke-compression-body = ゆっくりと一定に押して筋肉に沈み込み、そして圧を抜く手技です。アシアツでは、かかとや足底全体で真下に押します。
stroke-effleurage-body = オイルを塗った皮膚の上を長く滑らせる手技です。ここでは背中の中ほどから背骨の両脇の筋肉に沿って肩まで上がり、軽く戻ります。
stroke-petrissage-body = 揉みほぐす手技です。足はかかとから母趾球へと揺らしながら転がし、押しては緩めます。手の場合は、手掌・指・母指で筋肉をつかみ、持ち上げて絞ることもできます。これは足にはできません。

notice-ignored = リンクで指定された「{ $key }={ $value }」は無視されました（{ $reason }）。代わりに既定値を表示しています。
notice-ignored-scene = リンクで指定されたシーン「{ $value }」は無視されました（{ $reason }）。最初のシーンを表示しています。
problem-unknown-key = 該当する設定がありません
problem-unknown-value = 許可された値ではありません
problem-out-of-range = 許容範囲外です
problem-not-https = httpsのリンクのみ使用できます
problem-not-a-colour = #2f6f6aのような色の指定ではありません
problem-bad-scene = 該当するレッスンのシーンがありません
dismiss = 閉じる
caution-title = 注意：
caution-heavy-foot = 片足に{ $force }は、心肺蘇生で成人の胸を約4 cm沈める力とほぼ同じです。快適かどうかにかかわらず、マッサージで背中にかけるには大きすぎます。
caution-kidney = { $who }が腎臓のあたり（腰の、背骨の横、いちばん下の肋骨の下）に{ $force }をかけています。この部分は軽い圧にとどめるよう勧められています。ここでは1 kg未満を軽い圧とみなします。
caution-who-foot = 足
caution-who-hand = 手

book = 施術を予約する
footer-note = 数値は、公表された測定データに基づく物理モデルから算出したものです。選んだクライアントについての説明であり、施術の指示ではありません。快適限界は圧が痛みに変わり始める値です。測定された範囲より広い接触面については外挿した値で、幅の表示が比較の確かさを示します。

panic-title = 問題が発生しました
panic-body = 解説が停止しました。ページを再読み込みしてください。再び起きる場合は、以下の詳細をお送りください：
panic-reload = 再読み込み

# プレゼンターモード：レッスンのシーン（content/scenes.json が id で指定します）。
present-scene = シーン{ $number }/{ $count }
present-previous = 前のシーン
present-next = 次のシーン
present-fullscreen = 全画面表示
present-keys = キー：← → シーン · Space 再生/一時停止 · F 全画面 · Alt+R リセット
scene-misconception-title = これはマッサージです
scene-misconception-body = クライアントはクッションの効いた施術台に横になり、セラピストはバーを握って、足を筋肉に沿って滑らせます。ほかのマッサージと同じで、使うのが足というだけです。
scene-gravity-title = 重力が力を生む
scene-gravity-body = 足が押す力は、1ニュートン残らず体重から生まれています。「体重でまかなう割合」をご覧ください。手が体を傾けて得られる力は、セラピストのバランスが許す分だけで、残りは筋力です。
scene-direction-title = 真下か、斜めか
scene-direction-body = 足は背中に垂直に押します。体を傾けた手は、押す向きを垂直から数度以内に保たないとオイルの上で滑ってしまいます。手首と肩で、傾きの力を下向きに変えています。
scene-area-title = 同じ力を、より広い面積で
scene-area-body = 同じ力をかかとと母指でかけてみます。母指の圧力は何倍も高く、クライアントが心地よく感じる範囲をはるかに超えます。
scene-compression-title = 圧迫法
scene-compression-body = ゆっくり押して、圧を抜きます。体重が軸足から施術する足へ移り、また戻る様子をご覧ください。バーは体を安定させるだけです。
scene-effleurage-title = 軽擦法
scene-effleurage-body = 背中を肩まで上がる長い軽擦法で、両側とも同じ力です。セラピストはバーで体を安定させます。皮膚に沿った摩擦が、クライアントの感じる「滑り」そのものです。
scene-petrissage-title = 揉捏法
scene-petrissage-body = 揉捏法：足がかかとから母趾球へと揺れ動き、それに合わせて圧力も移動します。手は手掌で揉捏します。
scene-equal-force-title = 同じ力
scene-equal-force-body = 両側が同じ力で押します。指先は面積が小さいため高く痛い圧力になりますが、足底はそれを分散します。
scene-equal-comfort-title = 同じ快適さ
scene-equal-comfort-body = それぞれが、クライアントが痛みを感じる手前までできるだけ強く押します。足底は指先の約2倍の力を、何倍も広い面積に分散して加えます。
scene-deeper-title = 鋭くではなく、深く
scene-deeper-body = かかとと母指を、どちらもクライアントの快適限界で押し比べます。皮膚の下では、母指の圧力は1～2 cmで薄れますが、かかとの広い接触面は、{ $depth }の深さにある背部の筋肉にもより多くの圧力を保ちます（どれだけ多いかは見出しに示します）。

# 設置先：埋め込み、印刷、保存した設定、カウンセリングモード。
embed-open = 埋め込み
embed-title = ウェブサイトに埋め込む
embed-help = 解説を表示したい場所に、これをページへ貼り付けてください。現在の設定をコンパクトなレイアウトで表示し、内容に合わせて高さが広がります。
embed-book = 予約ページ
embed-book-hint = このアドレスへの「施術を予約する」ボタンを加えます。
embed-book-refused = https://で始まるアドレスだけが使えます。
embed-accent = ブランドカラー
embed-address = フレーム内の解説のアドレス
embed-copy = コードをコピー
embed-copied = コピーしました
embed-close = 閉じる
embed-frame-title = アシアツと手によるマッサージの比較
print = 配布資料を印刷
notice-saved-corrupt = この端末に保存された設定を読み込めなかったため、既定値を表示しています。
notice-language-unavailable = { $language }の文章を読み込めませんでした（端末がオフラインではありませんか）。そのため、この言語のまま表示しています。

# 図の説明（ライブ説明。手技で最も力が大きい瞬間）。
describe = { $landmark }付近の{ $stroke }：アシアツは{ $footArea }に{ $footForce }をかけ、平均圧力は{ $footMean }で、{ $footVerdict }。手によるマッサージは{ $handArea }に{ $handForce }をかけ、平均圧力は{ $handMean }で、{ $handVerdict }。
describe-under = 快適限界{ $limit }の範囲内です
describe-over = 快適限界{ $limit }を超えています

# 皮膚の下：各接触面の下の断面図（docs/model.md §10）。
depth-heading = 皮膚の下
depth-key = 組織内の線は、圧力が接触面の最大値の2分の1、4分の1、10分の1になる位置です。赤い破線は、数値を読み取る深さです。
contact-heading = 下から見た接触面
contacts-heading = どこを押し、どこまで届くか
profile-heading = 各接触面の下の、深さごとの圧力
profile-label = 足と手それぞれの接触面の中心の下で、組織内の圧力を深さごとに示したグラフです。モデルの不確かさによる幅、選んだ深さの印、2本の曲線が交わる深さを示しています。
profile-axis-stress = 組織内の圧力（{ $unit }）· 深さ（{ $depthUnit }）↓
profile-feet = 足
profile-hand = 手
profile-cross = 深さ{ $depth }で交差
contact-label = 下から見た拡大図（縮尺どおり）：{ $part }。押している部分を圧力で色分けしています。
depth-label-foot = 足の下の断面図（縮尺どおり）：組織内の圧力を示します。圧力は接触面の近くで最も強く、最大値の2分の1、4分の1、10分の1になる位置に線を引き、深さ{ $depth }に印を付けています。
depth-label-hand = 手の下の断面図（縮尺どおり）：組織内の圧力を示します。圧力は接触面の近くで最も強く、最大値の2分の1、4分の1、10分の1になる位置に線を引き、深さ{ $depth }に印を付けています。
layer-fat = 脂肪
layer-muscle = 背部の筋肉
layer-bone = 骨

# 脊柱の目印（モデルでの名前は C7 … PSIS）。図のラベルなので短く、椎骨は国際的な表記のまま。
landmark-c7 = C7
landmark-t4 = T4
landmark-t7 = T7
landmark-t10 = T10
landmark-l1 = L1
landmark-l4 = L4
landmark-psis = 上後腸骨棘
