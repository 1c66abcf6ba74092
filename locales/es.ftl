# Textos de la interfaz en español. Las claves son comunes a todos los idiomas; una prueba falla
# si falta alguna o si cambia algún marcador { $nombre }.
#
# Registro: tuteo (tú), en español neutro (sin vosotros ni regionalismos: «camilla», «acostado»).
# Por qué: la guía se dirige al lector (quien visita la web de un centro, el alumno en clase, el
# cliente en la consulta) y a la vez habla todo el tiempo del cliente en tercera persona. Con
# usted, «su espalda» sería ambiguo entre el lector y el cliente. Con tú, no hay duda. El tuteo es,
# además, lo habitual en las webs de bienestar y en las interfaces en español, y acorta los botones.
#
# Terminología: docs/glossary.md (una prueba comprueba que las claves indicadas usan cada término).
# Fuera de las claves `myth-`, ningún texto dice que el terapeuta camina, pisa o anda sobre el
# cliente, ni lo pone «de pie sobre el cliente»: está de pie en la camilla. El pie o la mano se
# deslizan sobre la piel con aceite; el cuerpo del terapeuta, no. Comillas: « ».

app-title = El ashiatsu, explicado
app-promise = Masaje con los pies junto a masaje con las manos: la misma maniobra en el mismo instante, y en tiempo real se calculan la fuerza, el área de contacto y la presión. Descubre por qué, con igual comodidad, un talón puede presionar más y llegar más hondo que un pulgar, y dónde la mano no se queda atrás.

side-foot = Ashiatsu
side-foot-sub = masaje con los pies
side-hand = Masaje con las manos
side-hand-sub = la misma maniobra con las manos
side-foot-label = Vista lateral del ashiatsu: el terapeuta está de pie en la camilla, junto al cliente, sobre un pie; sujeta las barras superiores y presiona con el otro pie.
side-hand-label = Vista lateral del masaje con las manos: el terapeuta está de pie junto a la camilla y se inclina para cargar su peso en la espalda del cliente.
stage-heading = La misma maniobra, en paralelo
stage-hint = Arrastra sobre las imágenes para recorrer la maniobra.

arrow-weight = peso corporal
arrow-bars = barras
arrow-normal = hacia la espalda
arrow-shear = a lo largo de la piel
arrow-push = empuje
arrow-key = Qué muestran las flechas

back-heading = La espalda del cliente, vista desde arriba
back-label = Vista superior a escala de la espalda del cliente, con las dos zonas de contacto coloreadas según la presión: ashiatsu a la izquierda de la columna y masaje con las manos a la derecha.
back-label-pair = Vistas superiores a escala de dos espaldas, coloreadas según la presión: a la izquierda, los dos pies; a la derecha, las dos manos; en cada espalda, un contacto a cada lado de la columna.
back-foot = pies
back-hand = mano
legend-title = Presión
legend-limit-foot = límite de comodidad, pies
legend-limit-hand = límite de comodidad, mano
legend-note = El límite de comodidad es la presión media a la que cada parte del contacto empieza a doler (el umbral de dolor); la franja va de un cliente sensible a uno tolerante.
band = { $low }–{ $high }

readouts-heading = Las cifras
readouts-quantity = Magnitud
q-normal-force = Fuerza hacia la espalda
q-shear-force = Fuerza a lo largo de la piel (lo que se siente del deslizamiento)
q-contact-area = Área de contacto
q-mean-pressure = Presión media
q-peak-pressure = Presión máxima
q-comfort-limit = Límite de comodidad (donde empieza el dolor)
q-gravity-share = Aporte del peso corporal
q-depth-stress = Presión a { $depth } bajo la piel
q-bar-force = Sostenido por las barras
q-standing-force = En el pie de apoyo
not-applicable = no corresponde
verdict-under = Dentro del límite de comodidad
verdict-over = Por encima del límite de comodidad: el cliente empezaría a sentir dolor
verdict-capacity = Más de lo que el terapeuta puede sostener
effort-foot = El pie de apoyo sostiene { $standing } y las manos sujetan las barras con { $bars } para el equilibrio; ningún pulgar ni muñeca presiona. Deslizar el pie cuesta { $work } por maniobra.
effort-foot-two = Trabajan los dos pies: los brazos sostienen el resto, { $bars }, en las barras; ningún pulgar ni muñeca presiona. Deslizar los pies cuesta { $work } por maniobra.
effort-hand = Las articulaciones del pulgar y de la muñeca soportan { $joint }; los músculos suman { $muscle } a la fuerza de la inclinación. Deslizar la mano cuesta { $work } por maniobra.
effort-hand-spared = La mano y la muñeca no soportan carga; los músculos suman { $muscle } a la fuerza de la inclinación. Deslizar el brazo cuesta { $work } por maniobra.
ratio-force = Con igual fuerza, { $force } en cada lado, la presión media de la mano es { $ratio } veces la de los pies (de { $low } a { $high } veces).
ratio-force-feet = Con igual fuerza, { $force } en cada lado, la presión media de los pies es { $ratio } veces la de la mano (de { $low } a { $high } veces).
ratio-comfort = Con igual comodidad, los pies aplican { $ratio } veces la fuerza de la mano (de { $low } a { $high } veces).
ratio-comfort-hand = Con igual comodidad, la mano aplica { $ratio } veces la fuerza de los pies (de { $low } a { $high } veces).
depth-comfort = A { $depth } bajo la piel, los pies producen { $ratio } veces la presión de la mano (de { $low } a { $high } veces): el contacto amplio llega más hondo.
depth-comfort-hand = A { $depth } bajo la piel, la mano produce { $ratio } veces la presión de los pies (de { $low } a { $high } veces): aquí el contacto de la mano llega más hondo.
depth-force = Con igual fuerza, el contacto más pequeño presiona más en profundidad: a { $depth } bajo la piel, la mano { $hand } y los pies { $foot }.
depth-force-feet = Con igual fuerza, a { $depth } bajo la piel, los pies presionan con { $foot } y la mano con { $hand }.
depth-advantage = La ventaja de un contacto amplio se ve con igual comodidad.
depth-pads = Eso es bajo el centro de cada contacto; bajo el talón o el antepié, no el arco, los pies presionan con { $foot } y la mano como mucho con { $hand }: { $ratio } veces (de { $low } a { $high }).
headline-moment = En el momento de mayor carga de la maniobra ({ $percent }):
hand-lifts = Con las manos, el amasamiento también agarra, levanta y aprieta el músculo; un pie solo puede presionar y rodar. Aquí solo se compara la presión.

controls-heading = Ajustes
c-stroke = Maniobra
stroke-compression = Compresión
stroke-effleurage = Deslizamiento
stroke-petrissage = Amasamiento
c-foot = Parte del pie
foot-sole = Planta entera
foot-heel = Talón
foot-ball = Antepié
foot-arch = Arco plantar
foot-edge = Borde externo
c-hand = Parte de la mano o el brazo
hand-palm = Palma
hand-heel = Talón de la mano
hand-thumb = Pulgar
hand-fingers = Yemas de los dedos
hand-fist = Puño plano
hand-forearm = Antebrazo
hand-elbow = Codo
c-mass = Masa corporal del terapeuta
c-load = Peso corporal en el pie que trabaja
c-load-hint = Con un pie trabajando, el pie de apoyo sostiene el resto y las barras dan equilibrio; cuando trabajan los dos pies, los brazos sostienen el resto en las barras.
c-lean = Inclinación del terapeuta que trabaja con las manos, respecto a la vertical
c-compare = Comparar
c-client = Cliente
client-sensitive = Sensible
client-typical = Promedio
client-tolerant = Tolerante
c-pair = Contactos
pair-one = Un pie, una mano
pair-two = Dos pies, dos manos
c-foot-length = Longitud del pie del terapeuta
c-foot-length-hint = Habitual para esta masa corporal: { $length }. Determina el tamaño de los pies y de las manos.
c-foot-length-usual = Usar el tamaño habitual
c-depth = Profundidad en el tejido
c-depth-hint = Profundidad a la que se mide y se marca la presión bajo la piel.
compare-force = Igual fuerza
compare-comfort = Igual comodidad
compare-force-hint = La mano presiona con la misma fuerza que el pie.
compare-comfort-hint = Cada lado presiona hasta su límite de comodidad, donde el cliente empieza a sentir dolor.
c-units = Unidades
units-metric = Métrico
units-imperial = EE. UU.
c-language = Idioma

time-heading = Reproducción
play = Reproducir
pause = Pausa
step-back = Fotograma anterior
step-forward = Fotograma siguiente
c-speed = Velocidad
c-phase = Momento de la maniobra
moment = { $percent } %, { $what }
moment-pressing = presionando
moment-holding = manteniendo la presión
moment-releasing = soltando
moment-gliding-up = deslizándose espalda arriba
moment-gliding-down = deslizándose de vuelta hacia abajo
moment-turning = girando
moment-rolling-ball = rodando hacia el antepié
moment-rolling-heel = rodando de vuelta al talón
open-full = Abrir la explicación completa
reset = Restablecer todo
copy-link = Copiar enlace
link-copied = Enlace copiado
link-copy-failed = Copia este enlace:

story-heading = Tres diferencias
story-gravity-title = La gravedad hace el trabajo
story-gravity-body = El terapeuta de ashiatsu está de pie en la camilla sobre un pie y pasa peso corporal al pie que trabaja; las barras le dan equilibrio y afinan la presión. Cada newton con el que presiona el pie es peso corporal. Un terapeuta que trabaja con las manos, junto a la camilla, solo obtiene de su peso corporal lo que le permite la inclinación, alrededor de un tercio con 25°, y añade lo demás con los hombros, el tronco y las piernas.
story-direction-title = La fuerza viene desde arriba
story-direction-body = De pie en la camilla, el terapeuta de ashiatsu presiona en línea recta hacia abajo, perpendicular a la espalda, de modo que toda la fuerza entra en el tejido. El terapeuta que trabaja con las manos se inclina desde un lado de la camilla. Sobre la piel con aceite, un empuje solo se sostiene sin resbalar si no se aparta más de unos 8° de la perpendicular (de 4° a 11°, según el aceite); por eso las muñecas y los hombros tienen que dirigir la inclinación hacia abajo, y la inclinación solo da a la mano el peso corporal que permite el equilibrio del terapeuta, alrededor de un tercio con 25°.
story-area-title = El pie reparte la fuerza
story-area-body = Un talón o una planta entera cubre muchas veces el área de un pulgar o de un codo. El umbral de dolor baja cuando el contacto crece, pero más despacio de lo que crece su área: con igual comodidad, un talón puede presionar con unas tres veces y media la fuerza de un pulgar, y a tres centímetros, en el músculo, su presión es el doble de la del pulgar. Con igual fuerza, el pulgar presiona más a cualquier profundidad: la ventaja del pie es la comodidad, no la fuerza.
show-me = Muéstramelo
show-gravity = Gravedad
show-direction = Desde arriba
show-area = Lo esencial: talón y pulgar

myth-title = Un masaje, no «caminar sobre la espalda»
myth-body = Mucha gente se imagina a alguien caminando sobre su espalda. El ashiatsu no se parece en nada a eso: el cliente está acostado en una camilla acolchada, el terapeuta sujeta unas barras por encima de la cabeza y controla cada gramo de peso, y las maniobras son los largos deslizamientos, el amasamiento y las compresiones sostenidas de cualquier buen masaje, solo que con los pies.

strokes-heading = Las maniobras
stroke-compression-body = Una compresión lenta y sostenida que se hunde en el músculo y luego se libera. En el ashiatsu, el talón o la planta entera presiona en línea recta hacia abajo.
stroke-effleurage-body = Una maniobra larga y deslizante sobre la piel con aceite; aquí, desde la mitad de la espalda, subiendo por los músculos junto a la columna hasta los hombros, y de vuelta con suavidad.
stroke-petrissage-body = Amasamiento: el pie se balancea y rueda del talón al antepié, presionando y soltando; con las manos, la palma, los dedos y el pulgar además agarran, levantan y aprietan el músculo, algo que un pie no puede hacer.

notice-ignored = El enlace pedía «{ $key }={ $value }», que se ignoró ({ $reason }). Se muestra el valor predeterminado.
notice-ignored-scene = El enlace pedía la escena «{ $value }», que se ignoró ({ $reason }). Se muestra la primera escena.
problem-unknown-key = no existe ese ajuste
problem-unknown-value = no es uno de los valores permitidos
problem-out-of-range = fuera del rango permitido
problem-not-https = solo se admiten enlaces https
problem-not-a-colour = no es un color como #2f6f6a
problem-bad-scene = no existe esa escena de la lección
dismiss = Cerrar
caution-title = Precaución:
caution-heavy-foot = { $force } en un solo pie es aproximadamente la fuerza que hunde 4 cm el tórax de un adulto en la RCP. Resulte cómodo o no, es más de lo que un masaje debería aplicar a la espalda.
caution-kidney = { $who } aplica { $force } sobre la zona de los riñones, en la parte baja de la espalda junto a la columna, bajo las últimas costillas. Las pautas piden ahí una presión ligera; aquí, ligera quiere decir menos de 1 kg.
caution-who-foot = El pie
caution-who-hand = La mano

book = Reservar una sesión
footer-note = Las cifras provienen de un modelo físico basado en mediciones publicadas; describen al cliente elegido y no son una prescripción. El límite de comodidad es donde la presión empieza a doler; para contactos más amplios que los medidos es una extrapolación, y los rangos indican cuánta certeza tiene la comparación.

panic-title = Algo salió mal
panic-body = La guía interactiva se detuvo. Vuelve a cargar la página. Si vuelve a ocurrir, envíanos estos datos:
panic-reload = Recargar

# Modo presentador: escenas de la lección (content/scenes.json las nombra por su id).
present-scene = Escena { $number } de { $count }
present-previous = Escena anterior
present-next = Escena siguiente
present-fullscreen = Pantalla completa
present-keys = Teclas: ← → escenas · Espacio reproducir/pausa · F pantalla completa · Alt+R restablecer
scene-misconception-title = Es un masaje
scene-misconception-body = El cliente está acostado en una camilla acolchada; el terapeuta sujeta las barras y desliza el pie a lo largo de los músculos, como en cualquier masaje, solo que con los pies.
scene-gravity-title = La gravedad hace el trabajo
scene-gravity-body = Cada newton con el que presiona el pie proviene del peso corporal: fíjate en «Aporte del peso corporal». La mano solo obtiene de la inclinación lo que permite el equilibrio del terapeuta; el resto es músculo.
scene-direction-title = En vertical o en ángulo
scene-direction-body = El pie presiona perpendicular a la espalda. La mano inclinada debe mantener su empuje a pocos grados de la perpendicular o resbala sobre el aceite; las muñecas y los hombros dirigen la inclinación hacia abajo.
scene-area-title = La misma fuerza sobre un área mayor
scene-area-body = La misma fuerza a través de un talón y de un pulgar: la presión del pulgar es muchas veces mayor, muy por encima de lo que al cliente le resulta cómodo.
scene-compression-title = Compresión
scene-compression-body = Una compresión lenta y su liberación. Observa cómo el peso pasa del pie de apoyo al pie que trabaja, y de vuelta; las barras solo dan equilibrio.
scene-effleurage-title = Deslizamiento
scene-effleurage-body = Un largo deslizamiento espalda arriba hasta los hombros, con la misma fuerza en ambos lados; el terapeuta se equilibra con las barras. La fricción a lo largo de la piel es lo que el cliente siente del deslizamiento.
scene-petrissage-title = Amasamiento
scene-petrissage-body = Amasamiento: el pie se balancea del talón al antepié y la presión se desplaza con él; la mano amasa con la palma.
scene-equal-force-title = Igual fuerza
scene-equal-force-body = Ambos lados presionan con la misma fuerza. El área pequeña de las yemas de los dedos la convierte en una presión alta y dolorosa; la planta la reparte.
scene-equal-comfort-title = Igual comodidad
scene-equal-comfort-body = Cada lado presiona tanto como puede antes de que el cliente sienta dolor. La planta aplica el doble de fuerza que las yemas de los dedos, repartida sobre un área muchas veces mayor.
scene-deeper-title = Más profundo, no más punzante
scene-deeper-body = Los dos en el límite de comodidad del cliente: un talón y un pulgar. Bajo la piel, la presión del pulgar se desvanece en uno o dos centímetros; el contacto amplio del talón conserva más presión a { $depth } de profundidad, en los músculos de la espalda (el titular dice cuánto).

# Lugares: inserción, impresión, ajustes guardados, modo consulta.
embed-open = Insertar
embed-title = Inserta la guía en tu sitio web
embed-help = Pega esto en tu página, donde deba aparecer la guía interactiva. Muestra los ajustes actuales en un diseño compacto y crece para ajustarse a su contenido.
embed-book = Tu página de reservas
embed-book-hint = Añade un botón «Reservar una sesión» que lleva a esta dirección.
embed-book-refused = Aquí solo sirve una dirección https://.
embed-accent = El color de tu marca
embed-address = La dirección de la guía en el marco
embed-copy = Copiar código
embed-copied = Copiado
embed-close = Cerrar
embed-frame-title = Ashiatsu y masaje con las manos, en paralelo
print = Imprimir hoja informativa
notice-saved-corrupt = No se pudieron leer los ajustes guardados en este dispositivo, así que se muestran los valores predeterminados.
notice-language-unavailable = No se pudieron cargar los textos en { $language } (¿está el dispositivo sin conexión?), así que la página sigue en este idioma.

# La imagen en palabras (la descripción en vivo; en el momento de mayor carga de la maniobra).
describe = { $stroke } cerca de { $landmark }: el ashiatsu presiona con { $footForce } sobre { $footArea }, una presión media de { $footMean }, { $footVerdict }; la mano presiona con { $handForce } sobre { $handArea }, una presión media de { $handMean }, { $handVerdict }.
describe-under = dentro de su límite de comodidad de { $limit }
describe-over = por encima de su límite de comodidad de { $limit }

# Bajo la piel: el corte bajo cada contacto (docs/model.md §10).
depth-heading = Bajo la piel
depth-key = En el tejido, líneas donde la presión baja a la mitad, a la cuarta y a la décima parte del máximo del contacto; trazos rojos: la profundidad que leen las cifras.
contact-heading = Los contactos, vistos desde abajo
contacts-heading = Dónde presiona y hasta qué profundidad
profile-heading = Presión según la profundidad, bajo cada contacto
profile-label = Gráfico de la presión en el tejido según la profundidad bajo el centro de cada contacto, pies y mano, con el rango que da la incertidumbre del modelo, la profundidad elegida marcada y el punto donde se cruzan las dos curvas.
profile-axis-stress = presión en el tejido ({ $unit }) · profundidad en { $depthUnit } ↓
profile-feet = pies
profile-hand = mano
profile-cross = las curvas se cruzan a { $depth }
contact-label = Vista de cerca desde abajo, a escala: { $part }, con la parte que presiona coloreada según la presión.
depth-label-foot = Corte transversal bajo los pies, a escala: la presión en el tejido, más intensa cerca del contacto, con líneas donde baja a la mitad, a la cuarta parte y a la décima parte del máximo, y una marca a { $depth } de profundidad.
depth-label-hand = Corte transversal bajo la mano, a escala: la presión en el tejido, más intensa cerca del contacto, con líneas donde baja a la mitad, a la cuarta parte y a la décima parte del máximo, y una marca a { $depth } de profundidad.
layer-fat = grasa
layer-muscle = músculos de la espalda
layer-bone = hueso

# Referencias de la columna (el modelo las llama C7 … PSIS). EIPS: espina ilíaca posterosuperior.
landmark-c7 = C7
landmark-t4 = T4
landmark-t7 = T7
landmark-t10 = T10
landmark-l1 = L1
landmark-l4 = L4
landmark-psis = EIPS
