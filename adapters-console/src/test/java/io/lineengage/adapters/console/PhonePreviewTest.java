package io.lineengage.adapters.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.adapters.json.JsonLikeJackson;
import org.junit.jupiter.api.Test;

/** The phone-like preview draws each main message type and never lets a value become markup. */
class PhonePreviewTest {
    @Test
    void everyMainTypeIsDrawn() {
        String html = PhonePreview.of(JsonLikeJackson.read("""
                [{"type":"text","text":"Hello"},
                 {"type":"sticker","packageId":"446","stickerId":"1988"},
                 {"type":"template","altText":"a","template":{"type":"carousel","columns":[
                   {"title":"10% off","text":"Shoes","actions":[{"type":"uri","label":"Use","uri":"https://x"}]}]}},
                 {"type":"imagemap","baseUrl":"https://x/m","altText":"Map","baseSize":{"width":1040,"height":520},
                  "actions":[{"type":"message","text":"Floor 2","area":{"x":520,"y":0,"width":520,"height":520}}]},
                 {"type":"flex","altText":"f","contents":{"type":"bubble","body":{"type":"box","layout":"vertical",
                   "contents":[{"type":"text","text":"Card"},{"type":"button","action":{"type":"uri","label":"Go","uri":"https://x"}}]}}}]"""));

        assertThat(html)
                .contains("<div class=\"bubble\">Hello</div>")
                .contains("sticker 446/1988")
                .contains("<b>10% off</b>", "<span class=\"action\">Use</span>")
                .contains("left:50.0%;top:0.0%;width:50.0%;height:100.0%", "Floor 2")
                .contains("<p class=\"flex-text  size-\">Card</p>", "<span class=\"action\">Go</span>");
    }

    @Test
    void valuesAreEscaped() {
        String html = PhonePreview.of(
                JsonLikeJackson.read("[{\"type\":\"text\",\"text\":\"<script>alert('x')</script> & \\\"q\\\"\"}]"));
        assertThat(html)
                .doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    }
}
