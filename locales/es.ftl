# Textos de la interfaz en español. Las claves son comunes a todos los idiomas; una prueba falla
# si a otro archivo le falta alguna. Solo las claves que empiezan por `myth-` pueden usar la palabra que los terapeutas evitan.

app-title = El ashiatsu, explicado
app-promise = Masaje con los pies junto a masaje con las manos: la misma maniobra en el mismo instante, con la fuerza, el área de contacto y la presión calculadas en tiempo real. Descubre por qué los pies pueden llegar más profundo y doler menos.

side-foot = Ashiatsu
side-foot-sub = masaje con los pies
side-hand = Masaje con las manos
side-hand-sub = la misma maniobra con las manos
side-foot-label = Vista lateral del ashiatsu: el terapeuta está de pie sobre la camilla, sujeta las barras superiores y presiona la espalda del cliente con un pie.
side-hand-label = Vista lateral del masaje con las manos: el terapeuta está de pie junto a la camilla y se inclina sobre la espalda del cliente.
stage-heading = La misma maniobra, lado a lado
stage-hint = Arrastra sobre las imágenes para recorrer la maniobra.

arrow-weight = peso corporal
arrow-bars = barras
arrow-normal = hacia la espalda
arrow-shear = a lo largo de la piel
arrow-push = empuje
arrow-scale = { $force }
slips = se desliza sobre la piel con aceite

back-heading = La espalda del cliente, vista desde arriba
back-label = Vista superior de la espalda del cliente a escala, con ambas zonas de contacto coloreadas según la presión: ashiatsu a la izquierda de la columna, masaje con las manos a la derecha.
back-foot = pies
back-hand = mano
legend-title = Presión
legend-limit-foot = límite de confort, pies
legend-limit-hand = límite de confort, mano
legend-scale = barra de escala de { $length }

readouts-heading = Las cifras
readouts-quantity = Magnitud
q-normal-force = Fuerza hacia la espalda
q-shear-force = Fuerza a lo largo de la piel
q-contact-area = Área de contacto
q-mean-pressure = Presión media
q-peak-pressure = Presión máxima
q-comfort-limit = Límite de confort
q-gravity-share = Aportado por el peso corporal
verdict-under = Dentro del límite de confort
verdict-over = Por encima del límite de confort: esto dolería
verdict-capacity = Más de lo que el terapeuta puede sostener
effort-foot = Las manos en las barras sostienen { $bars }; los pulgares y las muñecas no cargan nada. Deslizarse cuesta { $work } por pasada, tirando de las barras.
effort-hand = Las articulaciones del pulgar y la muñeca soportan { $joint }; los músculos añaden { $muscle } a la inclinación. Deslizarse cuesta { $work } por pasada.
effort-hand-spared = La mano y la muñeca quedan libres de carga; los músculos añaden { $muscle } a la inclinación. Deslizarse cuesta { $work } por pasada.
ratio-force = Con igual fuerza, la presión máxima de la mano es { $ratio } veces la de los pies.
ratio-comfort = Con igual confort, los pies aplican { $ratio } veces la fuerza de la mano.

controls-heading = Ajustes
c-stroke = Maniobra
stroke-compression = Compresión
stroke-effleurage = Effleurage (deslizamiento)
stroke-petrissage = Petrissage (amasamiento)
c-foot = Parte del pie
foot-sole = Planta entera
foot-heel = Talón
foot-ball = Almohadilla del pie
foot-arch = Arco
foot-edge = Borde externo
c-hand = Herramienta de la mano
hand-palm = Palma
hand-heel = Talón de la mano
hand-thumb = Pulgar
hand-fingers = Yemas de los dedos
hand-fist = Puño plano
hand-forearm = Antebrazo
hand-elbow = Codo
c-mass = Masa corporal del terapeuta
c-load = Peso corporal sobre el pie de trabajo
c-load-hint = Las barras y el otro pie soportan el resto.
c-lean = Inclinación del terapeuta manual respecto a la vertical
c-compare = Comparar
compare-force = Igual fuerza
compare-comfort = Igual confort
compare-force-hint = La mano presiona con la misma fuerza que el pie.
compare-comfort-hint = Cada lado presiona tanto como le permite su límite de confort.
c-units = Unidades
units-metric = Métrico
units-imperial = EE. UU.
c-language = Idioma
more-settings = Más ajustes

time-heading = Reproducción
play = Reproducir
pause = Pausa
step-back = Retroceder un paso
step-forward = Avanzar un paso
c-speed = Velocidad
c-phase = Momento de la maniobra
reset = Restablecer todo
copy-link = Copiar enlace
link-copied = Enlace copiado
link-copy-failed = Copia este enlace:

story-heading = Tres diferencias
story-gravity-title = La gravedad hace el trabajo
story-gravity-body = El terapeuta de ashiatsu sujeta las barras superiores y dosifica el peso corporal que pasa al pie de trabajo: más peso en el pie, menos en las barras. La fuerza sale gratis, de la gravedad, así que sus músculos permanecen relajados. Un terapeuta que trabaja con las manos obtiene solo parte de la fuerza al inclinarse; el resto es músculo.
story-direction-title = La fuerza viene desde arriba
story-direction-body = De pie sobre el cliente, el terapeuta presiona en vertical, perpendicular a la espalda, de modo que toda la fuerza entra en el tejido. Un terapeuta manual se inclina en ángulo desde un lado de la camilla: parte del empuje se va a lo largo de la piel con aceite en lugar de entrar en ella.
story-area-title = El pie reparte la fuerza
story-area-body = Un talón o una planta entera cubre muchas veces el área de un pulgar o un codo. La misma fuerza sobre un área mayor significa menos presión, y un contacto amplio tolera mejor la presión profunda. Por eso el pie puede llegar más profundo y seguir resultando cómodo.
show-me = Muéstramelo

myth-title = Un masaje, no “caminar sobre la espalda”
myth-body = Mucha gente imagina a alguien caminando sobre su espalda. El ashiatsu no se parece en nada a eso: el cliente está acostado en una camilla acolchada, el terapeuta sujeta unas barras por encima de la cabeza y controla cada gramo de peso, y las maniobras son los largos deslizamientos, el amasamiento y las presiones sostenidas de cualquier buen masaje, solo que con los pies.

strokes-heading = Las maniobras
stroke-compression-body = Una presión lenta y sostenida que se hunde en el músculo y luego se libera. En el ashiatsu, el talón o la planta entera presionan en vertical.
stroke-effleurage-body = Una maniobra larga y deslizante sobre la piel con aceite; aquí, desde el sacro, subiendo por los músculos junto a la columna hasta los hombros, y de vuelta con suavidad.
stroke-petrissage-body = Amasamiento: el pie se balancea y rueda del talón a la almohadilla, levantando y apretando el músculo; con las manos, se alternan los pulgares o las manos.

notice-ignored = El enlace pedía “{ $key }={ $value }”, que se ignoró ({ $reason }). Se muestra el valor predeterminado.
problem-unknown-key = no existe ese ajuste
problem-unknown-value = no es uno de los valores permitidos
problem-out-of-range = fuera del rango permitido
problem-not-https = solo se admiten enlaces https
problem-not-a-colour = no es un color como #2f6f6a
problem-bad-scene = no existe esa escena de la lección
dismiss = Cerrar

book = Reservar una sesión
footer-model = Cómo funciona el modelo
footer-note = Las cifras provienen de un modelo físico basado en mediciones publicadas; describen a un cliente típico, no son una prescripción.

panic-title = Algo salió mal
panic-body = La guía interactiva se detuvo. Vuelve a cargar la página. Si vuelve a ocurrir, envíanos estos detalles:
panic-reload = Recargar

# Modo presentador: escenas de la lección (content/scenes.json las nombra por su id).
present-scene = Escena { $number } de { $count }
present-previous = Escena anterior
present-next = Escena siguiente
present-fullscreen = Pantalla completa
present-keys = Teclas: ← → escenas · Espacio reproducir/pausa · F pantalla completa · Alt+R restablecer
scene-misconception-title = Es un masaje
scene-misconception-body = El cliente está acostado en una camilla acolchada; el terapeuta sujeta las barras y se desliza a lo largo de los músculos, como en cualquier masaje, solo que con los pies.
scene-gravity-title = La gravedad hace el trabajo
scene-gravity-body = Cada newton con el que presiona el pie proviene del peso corporal: fíjate en “Aportado por el peso corporal”. La mano obtiene solo parte de su fuerza al inclinarse.
scene-direction-title = En vertical o en ángulo
scene-direction-body = El pie presiona perpendicular a la espalda. La mano, inclinada, empuja a 45°: gran parte de su empuje se va a lo largo de la piel con aceite, y la mano resbala.
scene-area-title = La misma fuerza sobre un área mayor
scene-area-body = La misma fuerza a través de un talón y de un pulgar: la presión del pulgar es muchas veces mayor, muy por encima de lo que al cliente le resulta cómodo.
scene-compression-title = Compresión
scene-compression-body = Una presión lenta y su liberación. Observa cómo el peso pasa de las barras al pie, y de vuelta.
scene-effleurage-title = Effleurage (deslizamiento)
scene-effleurage-body = Un largo deslizamiento desde el sacro hasta los hombros. La fricción con la piel es lo que el terapeuta contrarresta tirando de las barras.
scene-petrissage-title = Petrissage (amasamiento)
scene-petrissage-body = Amasamiento: el pie se balancea del talón a la almohadilla y la presión se desplaza con él.
scene-equal-force-title = Igual fuerza
scene-equal-force-body = Ambos lados presionan con la misma fuerza. El área pequeña de las yemas de los dedos la convierte en una presión alta y dolorosa; la planta la reparte.
scene-equal-comfort-title = Igual confort
scene-equal-comfort-body = Cada lado presiona tanto como el confort lo permite. La planta aplica varias veces la fuerza de las yemas de los dedos: un trabajo más profundo que sigue sintiéndose bien.

# Lugares: inserción, impresión, ajustes guardados, modo consulta.
embed-open = Insertar
embed-title = Inserta la guía en tu sitio web
embed-help = Pega esto en tu página, donde deba aparecer la guía interactiva. Muestra los ajustes actuales en un diseño compacto y crece para ajustarse a su contenido.
embed-copy = Copiar código
embed-copied = Copiado
embed-close = Cerrar
embed-frame-title = Ashiatsu y masaje con las manos, lado a lado
print = Imprimir hoja informativa
notice-saved-corrupt = No se pudieron leer los ajustes guardados en este dispositivo, así que se muestran los valores predeterminados.

# La imagen en palabras (la descripción en vivo; en el momento de mayor carga del movimiento).
describe = { $stroke } cerca de { $landmark }: el ashiatsu presiona { $footForce } sobre { $footArea }, con un pico de { $footPeak }, { $footVerdict }; la mano presiona { $handForce } sobre { $handArea }, con un pico de { $handPeak }, { $handVerdict }.
describe-under = dentro de su límite de comodidad de { $limit }
describe-over = por encima de su límite de comodidad de { $limit }
