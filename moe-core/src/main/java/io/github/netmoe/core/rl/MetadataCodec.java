package io.github.netmoe.core.rl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.Normalisation;
import io.github.netmoe.core.nn.Mlp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON encoding of the metadata of a model file: the expert descriptor (with its normalisation), the
 * network's shape, the training configuration, and typed access to required fields with messages
 * that name the missing or malformed field.
 */
final class MetadataCodec {
    /** Shared and thread-safe once configured. */
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private MetadataCodec() {
    }

    static ObjectNode descriptor(ExpertDescriptor d) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", d.id());
        node.put("description", d.description());
        ArrayNode objectives = node.putArray("objectives");
        d.objectives().forEach(objectives::add);
        node.put("evaluationMeaning", d.evaluationMeaning());
        node.set("normalisation", normalisation(d.normalisation()));
        node.set("attributes", MAPPER.valueToTree(new java.util.TreeMap<>(d.attributes())));
        return node;
    }

    static ExpertDescriptor descriptor(JsonNode node) throws ModelFile.Damaged {
        JsonNode attributes = field(node, "attributes");
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : iterable(attributes.fields())) {
            map.put(e.getKey(), e.getValue().asText());
        }
        return new ExpertDescriptor(text(node, "id"), text(node, "description"), strings(node, "objectives"),
                text(node, "evaluationMeaning"), normalisation(field(node, "normalisation")), map);
    }

    static ObjectNode normalisation(Normalisation n) {
        ObjectNode node = MAPPER.createObjectNode();
        if (n instanceof Normalisation.Identity) {
            node.put("type", "identity");
        } else if (n instanceof Normalisation.MinMax) {
            node.put("type", "minMax");
        } else if (n instanceof Normalisation.Softmax s) {
            node.put("type", "softmax");
            node.put("temperature", s.temperature());
        } else if (n instanceof Normalisation.Affine a) {
            node.put("type", "affine");
            node.set("gain", MAPPER.valueToTree(a.gain()));
            node.set("offset", MAPPER.valueToTree(a.offset()));
            if (a.floor() != Double.NEGATIVE_INFINITY) {
                node.put("floor", a.floor());
            }
        } else {
            throw new IllegalStateException("unknown normalisation " + n);
        }
        return node;
    }

    static Normalisation normalisation(JsonNode node) throws ModelFile.Damaged {
        String type = text(node, "type");
        switch (type) {
            case "identity":
                return Normalisation.identity();
            case "minMax":
                return Normalisation.minMax();
            case "softmax":
                return Normalisation.softmax(number(node, "temperature"));
            case "affine":
                return new Normalisation.Affine(doubles(node, "gain"), doubles(node, "offset"),
                        node.has("floor") ? number(node, "floor") : Double.NEGATIVE_INFINITY);
            default:
                throw new ModelFile.Damaged("unknown normalisation type '" + type
                        + "'; known: identity, minMax, softmax, affine");
        }
    }

    static ObjectNode network(Mlp network) {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("layerSizes", MAPPER.valueToTree(network.layerSizes()));
        node.put("activation", network.activation().name());
        node.put("parameterCount", NdMlp.parameterCount(network.layerSizes()));
        node.put("layout", "per layer: weights[out][in] row-major, then biases[out]; binary64 big-endian");
        return node;
    }

    /** Rebuilds a network from its metadata and the file's weights. */
    static Mlp network(JsonNode node, double[] flat) throws ModelFile.Damaged {
        int[] sizes = ints(node, "layerSizes");
        Mlp.Activation activation;
        try {
            activation = Mlp.Activation.valueOf(text(node, "activation"));
        } catch (IllegalArgumentException e) {
            throw new ModelFile.Damaged("unknown activation '" + text(node, "activation") + "'");
        }
        if (sizes.length < 2) {
            throw new ModelFile.Damaged("network.layerSizes must have at least 2 entries");
        }
        for (int size : sizes) {
            if (size < 1) {
                throw new ModelFile.Damaged("network.layerSizes holds " + size + "; sizes must be >= 1");
            }
        }
        long expected = NdMlp.parameterCount(sizes);
        if (expected != flat.length) {
            throw new ModelFile.Damaged("network.layerSizes " + java.util.Arrays.toString(sizes) + " needs " + expected
                    + " parameters but the file holds " + flat.length + " weights");
        }
        double[][] w = new double[sizes.length - 1][];
        double[][] b = new double[sizes.length - 1][];
        int offset = 0;
        for (int l = 0; l < w.length; l++) {
            w[l] = java.util.Arrays.copyOfRange(flat, offset, offset += sizes[l] * sizes[l + 1]);
            b[l] = java.util.Arrays.copyOfRange(flat, offset, offset += sizes[l + 1]);
        }
        return new Mlp(sizes, w, b, activation);
    }

    /** The network's parameters in file order: per layer its weights (Mlp layout), then its biases. */
    static double[] weights(Mlp network) {
        double[][] w = network.weights();
        double[][] b = network.biases();
        double[] flat = new double[(int) NdMlp.parameterCount(network.layerSizes())];
        int offset = 0;
        for (int l = 0; l < w.length; l++) {
            System.arraycopy(w[l], 0, flat, offset, w[l].length);
            offset += w[l].length;
            System.arraycopy(b[l], 0, flat, offset, b[l].length);
            offset += b[l].length;
        }
        return flat;
    }

    static <T> T value(JsonNode node, String name, Class<T> type) throws ModelFile.Damaged {
        try {
            return MAPPER.treeToValue(field(node, name), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ModelFile.Damaged("field '" + name + "' is not a valid " + type.getSimpleName() + ": "
                    + rootMessage(e));
        }
    }

    static JsonNode parse(String json) throws ModelFile.Damaged {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                throw new ModelFile.Damaged("metadata is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ModelFile.Damaged("metadata is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise model metadata", e);
        }
    }

    static JsonNode field(JsonNode node, String name) throws ModelFile.Damaged {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new ModelFile.Damaged("metadata field '" + name + "' is missing");
        }
        return value;
    }

    static String text(JsonNode node, String name) throws ModelFile.Damaged {
        JsonNode value = field(node, name);
        if (!value.isTextual()) {
            throw new ModelFile.Damaged("metadata field '" + name + "' must be a string, got " + value);
        }
        return value.asText();
    }

    static double number(JsonNode node, String name) throws ModelFile.Damaged {
        JsonNode value = field(node, name);
        if (!value.isNumber()) {
            throw new ModelFile.Damaged("metadata field '" + name + "' must be a number, got " + value);
        }
        return value.asDouble();
    }

    static long integer(JsonNode node, String name) throws ModelFile.Damaged {
        JsonNode value = field(node, name);
        if (!value.isIntegralNumber()) {
            throw new ModelFile.Damaged("metadata field '" + name + "' must be an integer, got " + value);
        }
        return value.asLong();
    }

    static List<String> strings(JsonNode node, String name) throws ModelFile.Damaged {
        List<String> out = new ArrayList<>();
        for (JsonNode e : array(node, name)) {
            if (!e.isTextual()) {
                throw new ModelFile.Damaged("metadata field '" + name + "' must hold strings, got " + e);
            }
            out.add(e.asText());
        }
        return out;
    }

    private static double[] doubles(JsonNode node, String name) throws ModelFile.Damaged {
        JsonNode array = array(node, name);
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            if (!array.get(i).isNumber()) {
                throw new ModelFile.Damaged("metadata field '" + name + "' must hold numbers, got " + array.get(i));
            }
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    private static int[] ints(JsonNode node, String name) throws ModelFile.Damaged {
        JsonNode array = array(node, name);
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            if (!array.get(i).isInt()) {
                throw new ModelFile.Damaged("metadata field '" + name + "' must hold integers, got " + array.get(i));
            }
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    private static JsonNode array(JsonNode node, String name) throws ModelFile.Damaged {
        JsonNode value = field(node, name);
        if (!value.isArray()) {
            throw new ModelFile.Damaged("metadata field '" + name + "' must be an array, got " + value);
        }
        return value;
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
