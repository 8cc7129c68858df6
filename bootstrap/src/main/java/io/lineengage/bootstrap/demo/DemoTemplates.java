package io.lineengage.bootstrap.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A template of each main LINE message type, written as LINE's spec has them; the first is the campaign's. */
final class DemoTemplates {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String[][] TEMPLATES = {
        {"Points reminder", """
            [{"type":"text","text":"Hi {{name|there}}, you have {{attributes.points}} points at Demo Mart. See you soon!"}]"""},
        {"Thank you sticker", """
            [{"type":"sticker","packageId":"446","stickerId":"1988"}]"""},
        {"Spring sale", """
            [{"type":"image","originalContentUrl":"https://example.jp/img/sale.jpg",
              "previewImageUrl":"https://example.jp/img/sale-preview.jpg"},
             {"type":"template","altText":"Spring sale: up to 30% off",
              "template":{"type":"buttons","thumbnailImageUrl":"https://example.jp/img/spring.jpg",
                "title":"Spring sale","text":"Up to 30% off until Sunday",
                "actions":[{"type":"uri","label":"Shop now","uri":"https://example.jp/sale"},
                           {"type":"postback","label":"Remind me","data":"remind=spring"}]}}]"""},
        {"Reservation check", """
            [{"type":"template","altText":"Keep your reservation?",
              "template":{"type":"confirm","text":"Keep your reservation for Saturday, {{firstName|friend}}?",
                "actions":[{"type":"postback","label":"Yes","data":"keep=yes"},
                           {"type":"postback","label":"No","data":"keep=no"}]}}]"""},
        {"Coupons", """
            [{"type":"template","altText":"Your coupons",
              "template":{"type":"carousel","columns":[
                {"title":"10% off","text":"Shoes, until Sunday",
                 "actions":[{"type":"uri","label":"Use","uri":"https://example.jp/c?id={{externalId}}&k=shoes"}]},
                {"title":"Free gift","text":"With 3,000 yen",
                 "actions":[{"type":"uri","label":"Use","uri":"https://example.jp/c?id={{externalId}}&k=gift"}]}]}}]"""},
        {"New arrivals", """
            [{"type":"template","altText":"New arrivals",
              "template":{"type":"image_carousel","columns":[
                {"imageUrl":"https://example.jp/img/coats.jpg","action":{"type":"uri","label":"Coats","uri":"https://example.jp/coats"}},
                {"imageUrl":"https://example.jp/img/shoes.jpg","action":{"type":"uri","label":"Shoes","uri":"https://example.jp/shoes"}}]}}]"""},
        {"Floor map", """
            [{"type":"imagemap","baseUrl":"https://example.jp/imagemap/floor","altText":"Store floor map",
              "baseSize":{"width":1040,"height":1040},
              "actions":[{"type":"uri","linkUri":"https://example.jp/floor/1","area":{"x":0,"y":0,"width":520,"height":1040}},
                         {"type":"message","text":"Floor 2, please","area":{"x":520,"y":0,"width":520,"height":1040}}]}]"""},
        {"Member card", """
            [{"type":"flex","altText":"Your member card",
              "contents":{"type":"bubble",
                "body":{"type":"box","layout":"vertical","contents":[
                  {"type":"text","text":"{{name|Member}}","weight":"bold","size":"xl"},
                  {"type":"text","text":"{{attributes.tier|BRONZE}} member","size":"sm","color":"#888888"},
                  {"type":"text","text":"{{attributes.points|0}} points","size":"md"}]},
                "footer":{"type":"box","layout":"vertical","contents":[
                  {"type":"button","style":"primary","action":{"type":"uri","label":"Open the app","uri":"https://example.jp/app"}}]}}}]"""}
    };

    static List<String> create(DemoApi api) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String[] template : TEMPLATES) {
            ids.add(api.post("/api/v1/templates", Map.of("name", template[0], "messages", JSON.readTree(template[1])))
                    .get("id")
                    .asText());
        }
        return ids;
    }

    private DemoTemplates() {}
}
