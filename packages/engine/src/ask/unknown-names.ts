import { nameStems } from './entities';
import { isLexiconWord } from './lexicon-words';
import { aliasStems } from './name-aliases';

/*
 * "¿Cuánto vendí de manzanilla?" with no product of that name must not be answered with the
 * total: a word right after "de/of/for" that is neither a word of questions nor part of one of
 * the company's names is reported, so the answer can say it was not found.
 */

export const QUESTION_WORDS = new Set(
  `la las los el lo mi mis tu tus su sus un una unos unas al del de todo toda todos todas cada que cual
  mes meses semana semanas dia dias ano anos trimestre trimestres semestre hoy ayer fecha periodo
  venta ventas vendi vendido cliente clientes producto productos articulo articulos categoria categorias
  sucursal sucursales local locales tienda tiendas margen ganancia utilidad descuento descuentos
  devolucion devoluciones unidades kilo kilos kilogramos litro litros boletas boleta ticket tickets transacciones compras hora horas
  horario manana mananas tarde tardes noche noches madrugada madrugadas riesgo fuga semanal mensual total promedio negocio
  empresa caja the my our a an all of for week weeks month months year years day days hour hours sales
  revenue customers customer products product items category categories branch branches store stores
  discount discounts returns units margin ticket time period business company total average
  comprar compran compraron vender venden vendieron vendo buying selling irse volver venir churning
  churn leaving abandono perderlos fuga comparado comparada comparados comparar compara vs versus
  respecto frente contra con each every cada first last next purchases purchase visits orders comparadas comparando
  lunes martes miercoles jueves viernes sabado sabados domingo domingos fin fines habiles mondays
  tuesdays wednesdays thursdays fridays saturdays sundays weekends weekdays
  vendedor vendedores vendedora vendedoras cajero cajeros cajera cajeras seller sellers cashier cashiers
  pago pagos medio medios forma formas metodo metodos payment payments method methods`.split(/\s+/),
);

/** Words that follow "sucursal"/"store" in a question without naming one. */
const AFTER_BRANCH_WORDS = new Set(
  `con que mas menos mejor peor vende venden vendio vendieron tiene tuvo tienen hizo fue esta
  principal matriz este esta anda andan va van le les with doing did that sold sells has had have is was did does had made most least
  hay hubo habia tenia tuvieron estuvo estan son era eran fueron han ha muy tan ya aun todavia
  there are were been best worst get got other another same new old second first one both each every
  otro otra otros otras nuevo nueva mismo misma grande chico chica gets grew grows growing fell dropped declined increased decreased crecio cayo bajo subio sell selling do doing perform performed make makes made earn earned generate generated bring brought hace hizo genero gano facturo dejo aporto
  rinde rinden rindio rindieron`.split(/\s+/),
);

/** Words of requests and of the calendar that qualify nothing: "en comparación con", "a report", "to see". */
const FILLER_WORDS = new Set(
  `comparacion historia curso feriado feriados mediodia favor general detalle resumen grafico tabla momento
  ahora fecha base medida see know check get show find view look compare understand report summary chart
  table glance date moment reach hit llegar alcanzar`.split(/\s+/),
);

/** Verbs that come between "cuánto" and the sales verb: "cuánto llevo vendido", "how much have we sold". */
const AUXILIARIES = new Set(
  `llevo llevas lleva llevamos llevan llevaba llevabamos tengo tenemos tiene tienen tuve tuvimos tuvo
  hice hicimos hizo hago hacemos hace he hemos ha han habia habiamos fue fueron es son era eran
  me nos le les te ya mas menos total`.split(/\s+/),
);

/**
 * The first word after "de/of/for" that no filter explains: `known` when it is part of some of
 * the company's names (then the question is ambiguous), not when it is part of none (not found).
 */
export function unexplainedName(
  text: string,
  knownStems: ReadonlySet<string>,
  usedStems: ReadonlySet<string>,
): { word: string; known: boolean } | null {
  const afterOf = text.matchAll(
    /(?<![a-z0-9])(?:de|del|of|for) (?:(?:la|las|los|el|the|my|mis|mi) )?([a-z][a-z-]{2,})/g,
  );
  // "la sucursal centro", "sucursal las condes": a branch word followed by a name the company does not have.
  const afterBranch = text.matchAll(
    /(?<![a-z0-9])(?:sucursal|local|tienda|branch|store)\s+(?:(?:de|del|la|las|los|el|of|the)\s+)?([a-z][a-z-]{2,})/g,
  );
  // "the downtown store": in English the name comes before the branch word.
  const beforeBranch = text.matchAll(
    /(?<![a-z0-9])(?:the|our|my|a) ([a-z][a-z-]{2,}) (?:store|branch|location|shop)/g,
  );
  // "how much sushi did we sell", "cuánto sushi vendí": the thing counted sits between the
  // quantity word and the verb.
  const counted = text.matchAll(
    /(?<![a-z])(?:how (?:much|many)|cuant[oa]s?) ([a-z][a-z-]{2,})(?= (?:did|do|does|have|has|had|was|were|we|i|they|se|hubo|hay|he|hemos|(?:vend|factur|compr|llev)[a-z]*)(?![a-z]))/g,
  );
  // "cuánto vendí a empresas", "ventas por delivery": a qualifier after another preposition.
  const afterPreposition = text.matchAll(
    /(?<![a-z0-9])(?:a|al|por|con|en|to|from|via) (?:(?:la|las|los|el|the|my|mis|mi|our) )?([a-z][a-z-]{2,})/g,
  );
  // "¿cuánto vendió Ana?": who (or what) sold, named after the verb. The owner says "vendí".
  const afterSoldBy = text.matchAll(
    /(?<![a-z0-9])(?:vendio|vendieron|ha vendido|han vendido|facturo|facturaron) (?:(?:la|las|los|el|mi|mis) )?([a-z][a-z-]{2,})/g,
  );
  for (const match of [
    ...afterOf,
    ...afterBranch,
    ...beforeBranch,
    ...counted,
    ...afterPreposition,
    ...afterSoldBy,
  ]) {
    const word = match[1] as string;
    // A word the lexicon reads ("number of refunds") or a verb after a branch ("en qué sucursal hay") names nothing.
    if (
      QUESTION_WORDS.has(word) ||
      AFTER_BRANCH_WORDS.has(word) ||
      AUXILIARIES.has(word) ||
      FILLER_WORDS.has(word) ||
      isLexiconWord(word)
    )
      continue;
    const stems = nameStems(word);
    const aliases = aliasStems(word);
    const explained = (list: readonly string[]) =>
      list.length > 0 && list.every((stem) => usedStems.has(stem));
    if (stems.length === 0 || explained(stems) || explained(aliases)) continue;
    return { word, known: stems.every((stem) => knownStems.has(stem)) };
  }
  return null;
}
