# English interface text. Keys are shared by every language; a test fails when another file
# lacks one. Only keys starting with `myth-` may use the word the practitioners avoid.

app-title = Ashiatsu, explained
app-promise = Massage with the feet beside massage with the hands: the same stroke at the same moment, with force, contact area and pressure computed live. See why massage with the feet can go deeper and hurt less.

side-foot = Ashiatsu
side-foot-sub = massage with the feet
side-hand = Hand massage
side-hand-sub = the same stroke by hand
side-foot-label = Side view of ashiatsu: the therapist stands on the table, holds the overhead bars and presses one foot into the client's back.
side-hand-label = Side view of hand massage: the therapist stands beside the table and leans into the client's back.
stage-heading = The same stroke, side by side
stage-hint = Drag across the pictures to move through the stroke.

arrow-weight = body weight
arrow-bars = bars
arrow-normal = into the back
arrow-shear = along the skin
arrow-push = push
arrow-scale = { $force }

back-heading = The client's back, from above
back-label = Top view of the client's back to scale, with both contact patches coloured by pressure: ashiatsu on the left of the spine, hand massage on the right.
back-label-pair = Top views of two backs to scale: on the left both feet, on the right both hands, one each side of the spine, coloured by pressure.
back-foot = feet
back-hand = hand
legend-title = Pressure
legend-limit-foot = comfort limit, feet
legend-limit-hand = comfort limit, hand
legend-scale = { $length }
legend-note = Comfort limits are for the average pressure under each part of the contact; the band runs from a sensitive to a tolerant client.
band = { $low }–{ $high }

readouts-heading = The numbers
readouts-quantity = Quantity
q-normal-force = Force into the back
q-shear-force = Force along the skin
q-contact-area = Contact area
q-mean-pressure = Average pressure
q-peak-pressure = Peak pressure
q-comfort-limit = Comfort limit
q-gravity-share = Supplied by body weight
q-depth-stress = Stress { $depth } deep
verdict-under = Within the comfort limit
verdict-over = Above the comfort limit: this would hurt
verdict-capacity = More than the therapist can sustain
effort-foot = The hands on the bars hold { $bars }; thumbs and wrists carry nothing. Gliding costs { $work } per stroke, pulled along the bars.
effort-hand = Thumb and wrist joints carry { $joint }; muscle adds { $muscle } to the lean. Gliding costs { $work } per stroke.
effort-hand-spared = The hand and wrist are spared; muscle adds { $muscle } to the lean. Gliding costs { $work } per stroke.
ratio-force = At equal force the hand's average pressure is { $ratio } times the feet's.
ratio-comfort = At equal comfort the feet deliver { $ratio } times the hand's force.
depth-comfort = At equal comfort the feet put { $ratio } times the hand's pressure { $depth } deep.
depth-force = { $depth } deep, the feet press with { $foot }, the hand with { $hand }.

controls-heading = Settings
c-stroke = Stroke
stroke-compression = Compression
stroke-effleurage = Effleurage
stroke-petrissage = Petrissage
c-foot = Part of the foot
foot-sole = Whole sole
foot-heel = Heel
foot-ball = Ball of the foot
foot-arch = Arch
foot-edge = Outer edge
c-hand = Hand tool
hand-palm = Palm
hand-heel = Heel of the hand
hand-thumb = Thumb
hand-fingers = Fingertips
hand-fist = Flat fist
hand-forearm = Forearm
hand-elbow = Elbow
c-mass = Therapist's body mass
c-load = Body weight into the working foot
c-load-hint = The bars and the other foot carry the rest.
c-lean = Lean from vertical (massage by hand)
c-compare = Compare
c-client = Client
client-sensitive = Sensitive
client-typical = Typical
client-tolerant = Tolerant
c-pair = Contacts
pair-one = One foot, one hand
pair-two = Both feet, both hands
c-foot-length = Therapist's foot length
c-foot-length-hint = Usual for this body mass: { $length }. It sizes the feet and the hands.
c-foot-length-usual = Use the usual size
c-depth = Depth in the tissue
c-depth-hint = Where the stress under the skin is read and marked.
compare-force = Equal force
compare-comfort = Equal comfort
compare-force-hint = The hand presses as hard as the foot.
compare-comfort-hint = Each side presses as hard as its comfort limit allows.
c-units = Units
units-metric = Metric
units-imperial = US
c-language = Language
more-settings = More settings

time-heading = Playback
play = Play
pause = Pause
step-back = Step back
step-forward = Step forward
c-speed = Speed
c-phase = Moment in the stroke
moment = { $percent } %, { $what }
moment-pressing = pressing
moment-holding = holding
moment-releasing = releasing
moment-gliding-up = gliding up the back
moment-gliding-down = gliding back down
moment-turning = turning
moment-rolling-ball = rolling onto the ball of the foot
moment-rolling-heel = rolling back onto the heel
open-full = Open the full explainer
reset = Reset all
copy-link = Copy link
link-copied = Link copied
link-copy-failed = Copy this link:

story-heading = Three differences
story-gravity-title = Gravity does the work
story-gravity-body = The ashiatsu therapist holds the overhead bars and meters body weight into the working foot: more weight on the foot, less on the bars. Every newton the foot presses is body weight; the arms hold the rest on the bars. A therapist massaging by hand beside the table gets only as much force from body weight as leaning allows, and adds the rest with the shoulders and trunk.
story-direction-title = The force comes from above
story-direction-body = Standing on the table above the client, the therapist presses straight down, square to the back, so all of the force goes into the tissue. A therapist massaging by hand leans in from beside the table. On oiled skin a push only holds within about 8° of square, so the wrists and shoulders must turn the lean downwards, and the further the lean points along the back, the less body weight it delivers.
story-area-title = The foot spreads the force
story-area-body = A heel or a whole sole covers many times the area of a thumb or an elbow. The same force over a larger area means a lower pressure at the skin, while a broad contact's pressure reaches deeper into the muscle. So the foot can work deeper and still feel comfortable.
show-me = Show me

myth-title = A massage, not “back walking”
myth-body = Many people picture someone walking on their back. Ashiatsu is nothing like that: the client lies on a padded massage table, the therapist holds bars overhead and controls every gram of weight, and the strokes are the long glides, kneading and steady presses of any good massage — given with the feet.

strokes-heading = The strokes
stroke-compression-body = A slow, steady press that sinks into the muscle and releases. In ashiatsu the heel or the whole sole presses straight down.
stroke-effleurage-body = A long, gliding stroke on oiled skin, here from the sacrum up along the muscles beside the spine to the shoulders, and lightly back.
stroke-petrissage-body = Kneading: the foot rocks and rolls from heel to ball, lifting and squeezing the muscle; by hand, the thumbs or hands alternate.

notice-ignored = The link asked for “{ $key }={ $value }”, which was ignored ({ $reason }). Showing the default instead.
problem-unknown-key = no such setting
problem-unknown-value = not one of the allowed values
problem-out-of-range = outside the allowed range
problem-not-https = only https links are allowed
problem-not-a-colour = not a colour like #2f6f6a
problem-bad-scene = no such lesson scene
dismiss = Dismiss

book = Book a session
footer-model = How the model works
footer-note = The numbers come from a physics model built on published measurements; they describe the chosen client, not a prescription. The comfort limit for large contacts is an estimate.

panic-title = Something went wrong
panic-body = The explainer stopped. Please reload the page. If it happens again, please send these details:
panic-reload = Reload

# Presenter mode: lesson scenes (content/scenes.json names them by id).
present-scene = Scene { $number } of { $count }
present-previous = Previous scene
present-next = Next scene
present-fullscreen = Full screen
present-keys = Keys: ← → scenes · Space play/pause · F full screen · Alt+R reset
scene-misconception-title = It is a massage
scene-misconception-body = The client lies on a padded table; the therapist holds the bars and glides the foot along the muscles, like any massage — only with the feet.
scene-gravity-title = Gravity does the work
scene-gravity-body = Every newton the foot presses comes from body weight: look at “supplied by body weight”. The hand gets from leaning only what the moments about the therapist's feet allow; the rest is muscle.
scene-direction-title = Straight down, or at an angle
scene-direction-body = The foot presses square to the back. The leaning hand must keep its push within a few degrees of square or it slides on the oil; the wrists and shoulders turn the lean downwards.
scene-area-title = The same force over a larger area
scene-area-body = The same force through a heel and through a thumb: the thumb's pressure is many times higher, far above what the client finds comfortable.
scene-compression-title = Compression
scene-compression-body = A slow press and release. Watch the weight move from the bars into the foot, and back.
scene-effleurage-title = Effleurage
scene-effleurage-body = A long glide from the sacrum to the shoulders. Friction along the skin is what the therapist pulls against on the bars.
scene-petrissage-title = Petrissage
scene-petrissage-body = Kneading: the foot rocks from heel to ball and the pressure moves with it; the hand kneads with the palm.
scene-equal-force-title = Equal force
scene-equal-force-body = Both sides press equally hard. The fingertips' small area turns it into a high, painful pressure; the sole spreads it.
scene-equal-comfort-title = Equal comfort
scene-equal-comfort-body = Each side presses as hard as comfort allows. The sole delivers several times the force of the fingertips: deeper work that still feels good.
scene-deeper-title = Deeper, not sharper
scene-deeper-body = Both at the client's comfort limit: a heel and a thumb. Under the skin, the thumb's pressure fades within a centimetre or two; the heel's broad contact keeps several times as much three centimetres down, in the back muscles.

# Places: embedding, printing, saved settings, consultation mode.
embed-open = Embed
embed-title = Embed on your website
embed-help = Paste this into your page where the explainer should appear. It shows the current settings in a compact layout and grows to fit its content.
embed-copy = Copy code
embed-copied = Copied
embed-close = Close
embed-frame-title = Ashiatsu and hand massage, side by side
print = Print handout
notice-saved-corrupt = The settings saved on this device could not be read, so the defaults are shown.
notice-language-unavailable = The texts in { $language } could not be loaded (is the device offline?), so the page stays in this language.

# The picture in words (the live description; at the fullest moment of the stroke).
describe = { $stroke } near { $landmark }: ashiatsu presses { $footForce } over { $footArea }, an average of { $footMean }, { $footVerdict }; the hand presses { $handForce } over { $handArea }, an average of { $handMean }, { $handVerdict }.
describe-under = within its comfort limit of { $limit }
describe-over = above its comfort limit of { $limit }

# Under the skin: the cross-section below each contact (docs/model.md §10).
depth-heading = Under the skin
depth-label-foot = Cross-section under the feet, to scale: the stress in the tissue, strongest near the contact, with lines where it falls to a half, a quarter and a tenth of the peak, and a marker { $depth } deep.
depth-label-hand = Cross-section under the hand, to scale: the stress in the tissue, strongest near the contact, with lines where it falls to a half, a quarter and a tenth of the peak, and a marker { $depth } deep.
layer-fat = fat
layer-muscle = back muscles
layer-bone = bone
contact-heading = The contacts, from below
contact-label = Close-up from below, to scale ({ $part }), the part that presses coloured by pressure.

# Spinal landmarks (the model names them C7 … PSIS).
landmark-c7 = C7
landmark-t4 = T4
landmark-t7 = T7
landmark-t10 = T10
landmark-l1 = L1
landmark-l4 = L4
landmark-psis = PSIS
